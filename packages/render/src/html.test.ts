import { describe, expect, it } from 'vitest';
import { code, link, text } from './html';
import { Summary } from './summary';

describe('html', () => {
  it('neutralises markup, mentions and table syntax in user text', () => {
    const hostile = '<img src=x onerror=alert(1)> @acme/everyone | [x](javascript:alert(1)) `tick`';
    const safe = text(hostile);
    expect(safe).not.toMatch(/[<>|`[\]]|@[a-z]/);
    expect(safe).toBe('&lt;img src=x onerror=alert(1)&gt; @\u200bacme/everyone &#124; &#91;x&#93;(javascript:alert(1)) &#96;tick&#96;');
  });

  it('links only to http(s)', () => {
    expect(link('run', 'https://github.com/o/r/actions/runs/1')).toBe('<a href="https://github.com/o/r/actions/runs/1">run</a>');
    expect(link('click', 'javascript:alert(1)')).toBe('click');
    expect(link('x"><script>', 'https://e.test/?q="><script>')).toBe('<a href="https://e.test/?q=&quot;&gt;&lt;script&gt;">x&quot;&gt;&lt;script&gt;</a>');
  });

  it('builds tables whose cells cannot break out', () => {
    const summary = new Summary().table(['Item'], [[code('</td></tr><tr><td>@x')]]).toString();
    expect(summary).toBe('<table><tr><th>Item</th></tr><tr><td><code>&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;@\u200bx</code></td></tr></table>');
  });
});
