import { describe, expect, it } from 'vitest';
import { boundNesting, MAX_LINE_NESTING, sectionTaskItems, taskItems } from './index';

const brief = (items: ReturnType<typeof taskItems>) => items.map(({ text, checked, line }) => ({ text, checked, line }));

describe('hostile nesting', () => {
  it('reads a body of 60,000 ">" as one quote, and the checklist after it', () => {
    // GitHub accepts bodies of 65,536 characters; this one used to take a minute and then overflow the stack.
    const body = `${'>'.repeat(60_000)}\n\n- [x] Team notified\n- [ ] Stakeholders informed\n`;
    expect(brief(taskItems(body))).toEqual([
      { text: 'Team notified', checked: true, line: 3 },
      { text: 'Stakeholders informed', checked: false, line: 4 },
    ]);
  });

  it('keeps a task item inside a too-deep quote ignored', () => {
    expect(taskItems(`${'> '.repeat(30_000)}- [x] Team notified\n`)).toEqual([]);
    expect(taskItems(`${'>'.repeat(40)} - [x] Team notified\n`.repeat(1000))).toEqual([]);
  });

  it('reads a task item nested deeper than the bound as an item at the bound', () => {
    for (const marker of ['- ', '* ', '1. ', '2) ']) {
      const items = taskItems(`${marker.repeat(20_000)}[x] Team notified\n`);
      expect(brief(items)).toEqual([{ text: 'Team notified', checked: true, line: 1 }]);
    }
  });

  it('bounds nesting built up over many lines by indentation', () => {
    let body = '';
    for (let depth = 0; body.length < 60_000; depth += MAX_LINE_NESTING) body += `${' '.repeat(depth * 2)}${'- '.repeat(MAX_LINE_NESTING)}[x] level ${depth}\n`;
    const items = taskItems(body);
    expect(items.length).toBeGreaterThan(1);
    expect(items.every((item) => item.checked && /^level \d+$/.test(item.text))).toBe(true);
  });

  it('leaves documents within the bounds exactly as they are', () => {
    const doc = [
      '# Release',
      '> quoted\n>> twice',
      `${'> '.repeat(MAX_LINE_NESTING)}deepest quote allowed`,
      `${'- '.repeat(MAX_LINE_NESTING - 1)}[x] deep item`,
      '\t\t- [ ] tabbed',
      '',
      `${' '.repeat(64)}indented code`,
      '1. one\n2) two',
      '---',
    ].join('\n');
    expect(boundNesting(doc)).toBe(doc);
    expect(taskItems(doc).map((item) => item.text)).toEqual(['deep item', 'tabbed']);
  });

  it('finds a section after a hostile preamble', () => {
    const doc = `${'- '.repeat(30_000)}x\n\n## Release Checklist\n\n- [ ] One\n`;
    expect(sectionTaskItems(doc, 'Release Checklist')?.map((item) => item.text)).toEqual(['One']);
  });
});
