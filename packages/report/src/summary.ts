import * as core from '@actions/core';
import { element, text, type Html } from './html';

/** Builds one job summary from safe fragments; the one way every action writes its summary. */
export class Summary {
  private readonly parts: string[] = [];

  heading(title: string, level: 2 | 3 = 2): this {
    this.parts.push(`<h${level}>${text(title)}</h${level}>`);
    return this;
  }

  paragraph(...content: Html[]): this {
    this.parts.push(element('p', ...content));
    return this;
  }

  list(items: Html[]): this {
    if (items.length > 0) this.parts.push(element('ul', ...items.map((item) => element('li', item))));
    return this;
  }

  table(columns: string[], rows: Html[][]): this {
    const head = element('tr', ...columns.map((column) => element('th', text(column))));
    const body = rows.map((row) => element('tr', ...row.map((cell) => element('td', cell))));
    this.parts.push(`<table>${head}${body.join('')}</table>`);
    return this;
  }

  details(label: string, content: Html): this {
    this.parts.push(element('details', element('summary', text(label)), content));
    return this;
  }

  /** Markdown that is already safe; blank lines around it keep GitHub rendering it as markdown after HTML. */
  markdown(safeMarkdown: string): this {
    this.parts.push(`\n${safeMarkdown.trim()}\n`);
    return this;
  }

  toString(): string {
    return this.parts.join('\n');
  }

  /** Appends to the step summary; outside a runner (no GITHUB_STEP_SUMMARY) it only logs. */
  async write(): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) {
      core.info('GITHUB_STEP_SUMMARY is not set; the summary is not written.');
      return;
    }
    await core.summary.addRaw(this.toString(), true).write();
  }
}
