import type { RequiredItem } from '@release-governance/policy';
import { describe, expect, it } from 'vitest';
import { readTicks } from './read';

const required = (...texts: string[]): RequiredItem[] => texts.map((text) => ({ text, allowNotApplicable: false }));
const states = (items: ReturnType<typeof readTicks>) => Object.fromEntries(items.map((item) => [item.item.text, item.state]));

describe('readTicks', () => {
  it('matches items regardless of case, inner whitespace and trailing punctuation', () => {
    const body = '- [x] all   TESTS passing.\n- [X] Team notified!\n';
    expect(states(readTicks(required('All tests passing', 'Team notified'), [{ label: 'body', markdown: body }]))).toEqual({
      'All tests passing': 'ticked',
      'Team notified': 'ticked',
    });
  });

  it('reads an item as GitHub renders it: a comment after it is invisible, a hard line break is a space', () => {
    // As in real pull request templates of large projects.
    const body = [
      '- [x] This PR targets the `main` branch. <!-- Backports go to the release branch instead -->',
      '- [x] Tests cover the change and pass correctly.\\',
      '  Updated the documentation',
      '- [x] Screenshots attached  ',
      '  for UI changes',
    ].join('\n');
    expect(
      states(
        readTicks(
          required(
            'This PR targets the main branch',
            'Tests cover the change and pass correctly. Updated the documentation',
            'Screenshots attached for UI changes',
          ),
          [{ label: 'body', markdown: body }],
        ),
      ),
    ).toEqual({
      'This PR targets the main branch': 'ticked',
      'Tests cover the change and pass correctly. Updated the documentation': 'ticked',
      'Screenshots attached for UI changes': 'ticked',
    });
  });

  it('does not count boxes in code blocks, HTML comments or block quotes', () => {
    const body = [
      '```',
      '- [x] All tests passing',
      '```',
      '<!-- - [x] Team notified -->',
      '> - [x] Stakeholders informed',
      '',
      '    - [x] Monitoring configured',
    ].join('\n');
    expect(
      states(readTicks(required('All tests passing', 'Team notified', 'Stakeholders informed', 'Monitoring configured'), [{ label: 'b', markdown: body }])),
    ).toEqual({
      'All tests passing': 'missing',
      'Team notified': 'missing',
      'Stakeholders informed': 'missing',
      'Monitoring configured': 'missing',
    });
  });

  it('takes a duplicated item as ticked only if every copy is ticked', () => {
    const body = '- [ ] All tests passing\n- [x] All tests passing\n';
    expect(readTicks(required('All tests passing'), [{ label: 'b', markdown: body }])[0]?.state).toBe('unticked');
  });

  it('lets a later document (a comment) override the body, and records where', () => {
    const items = readTicks(required('Team notified'), [
      { label: 'pull request #1', markdown: '- [ ] Team notified' },
      { label: 'comment by alice', url: 'https://github.com/o/r/pull/1#issuecomment-9', markdown: 'Done:\n\n- [x] Team notified' },
    ]);
    expect(items[0]).toMatchObject({ state: 'ticked', source: { label: 'comment by alice', line: 3 } });
  });

  it('sees a fully struck item as struck, a partly struck one as its box says', () => {
    const body = '- [ ] ~~Monitoring configured~~\n- [x] ~~Team~~ notified\n';
    expect(states(readTicks(required('Monitoring configured', 'Team notified'), [{ label: 'b', markdown: body }]))).toEqual({
      'Monitoring configured': 'struck',
      'Team notified': 'ticked',
    });
  });
});
