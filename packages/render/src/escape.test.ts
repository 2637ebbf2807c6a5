import { describe, expect, it } from 'vitest';
import { parseAsGitHubRenders } from '../../markdown/src/index';
import { htmlText, inertLogLine, inertText, markdownCode, markdownText, markdownUrl } from './escape';

const ZWSP = '\u200b';
/** What GitHub would show: every node type and the text, as its parser reads the markdown. */
function nodesOf(markdown: string): { types: Set<string>; text: string } {
  const types = new Set<string>();
  let text = '';
  const visit = (node: any): void => {
    types.add(node.type);
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value;
    node.children?.forEach(visit);
  };
  visit(parseAsGitHubRenders(markdown));
  return { types, text };
}

describe('inertText', () => {
  it('turns every line break into a space, so user text never starts a line', () => {
    expect(inertText('chore: bump\r## Security fix')).toBe('chore: bump ## Security fix');
    expect(inertText('a\r\nb\nc\u2028d\u2029e\u0085f')).toBe('a b c d e f');
  });

  it('drops bidirectional overrides and isolates, and blanks other controls', () => {
    expect(inertText('admin\u202e\u2066txt.exe\u2069\u202c')).toBe('admintxt.exe');
    expect(inertText('a\u0000b\u001bc\u007fd\u009be\tf')).toBe('a b c d e f');
  });

  it('puts a zero-width space after every @ that GitHub would link, teams included', () => {
    expect(inertText('ping @octocat and @acme/team, not me@ or @-')).toBe(`ping @${ZWSP}octocat and @${ZWSP}acme/team, not me@ or @-`);
  });
});

describe('markdownText', () => {
  it('reads back as exactly the text, with no markup, link, HTML or mention', () => {
    const hostile = '<img src=x onerror=alert(1)> `user_id` **bold** _em_ ~~gone~~ [x](javascript:alert(1)) | cell | &#64;octocat @octocat \\';
    const escaped = markdownText(hostile);
    const { types, text } = nodesOf(escaped);
    expect([...types].sort()).toEqual(['paragraph', 'root', 'text']);
    expect(text).toBe(inertText(hostile));
    expect(text).not.toMatch(/@[A-Za-z0-9]/);
  });

  it('stays readable outside GitHub: backslashes, not entities, and only where needed', () => {
    expect(markdownText('`user_id` in AT&T (fix #12)')).toBe('\\`user\\_id\\` in AT&T (fix #12)');
    expect(markdownText('&#64;octocat &amp;')).toBe('\\&#64;octocat \\&amp;');
  });

  it('cannot open a block at the start of a line', () => {
    for (const hostile of ['## fake heading', '- item', '+ item', '1. item', '2) item', '> quote', '===']) {
      const { types } = nodesOf(markdownText(hostile));
      expect([...types].sort(), hostile).toEqual(['paragraph', 'root', 'text']);
    }
    expect(nodesOf(`## ${markdownText('## fake')}`).text).toBe('## fake');
  });

  it('keeps a table cell a single cell', () => {
    const table = `| a | b |\n|---|---|\n| Reason | ${markdownText('x | y | z')} |`;
    const root = parseAsGitHubRenders(table) as any;
    expect(root.children[0].children[1].children).toHaveLength(2);
  });
});

describe('markdownUrl and markdownCode', () => {
  it('writes only http(s) URLs bare; anything else is escaped text', () => {
    expect(markdownUrl('https://github.com/o/r/pull/1')).toBe('https://github.com/o/r/pull/1');
    for (const hostile of ['javascript:alert(1)', 'data:text/html,<script>x</script>']) {
      expect(nodesOf(markdownUrl(hostile)).types.has('link'), hostile).toBe(false);
    }
    expect(nodesOf(markdownUrl('https://x.test/<script>')).types.has('html')).toBe(false);
  });

  it('fences code longer than any backtick run inside it', () => {
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(nodesOf(markdownCode('``x`')).text).toBe('``x`');
  });
});

describe('htmlText', () => {
  it('escapes markup and keeps mentions broken after the entities are decoded', () => {
    expect(htmlText('<b>@octocat</b> &#64;x\rline')).toBe(`&lt;b&gt;@${ZWSP}octocat&lt;/b&gt; &amp;#64;x line`);
  });
});

describe('inertLogLine', () => {
  /** What the runner reads as a command: `::` at a line's start once leading spaces are trimmed, or `##[` anywhere. */
  const startsCommand = (line: string) => line.split('\n').some((part) => part.trimStart().startsWith('::') || part.includes('##['));

  it('cannot start a workflow command, on its own line or a new one', () => {
    for (const hostile of ['::add-mask::x', '  ::set-output name=a::b', 'title\n::error::forged', 'fix\r\n::stop-commands::t', 'x ##[set-output name=a;]b']) {
      expect(startsCommand(hostile), hostile).toBe(true);
      expect(startsCommand(inertLogLine(hostile)), hostile).toBe(false);
    }
  });

  it('leaves ordinary text as it is', () => {
    expect(inertLogLine('PR #12: fix(api): keep a::b in C++ names')).toBe('PR #12: fix(api): keep a::b in C++ names');
  });
});
