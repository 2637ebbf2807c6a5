// The job summary as one HTML document, built from safe fragments only. Writing it to the
// runner is the step part's job (@release-governance/report); this part is pure.
import { element, type Html, text } from './html';

/** Builds one job summary from safe fragments; the one way every action lays out its summary. */
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

  table(columns: string[], rows: Html[][]): this {
    const head = element('tr', ...columns.map((column) => element('th', text(column))));
    const body = rows.map((row) => element('tr', ...row.map((cell) => element('td', cell))));
    this.parts.push(`<table>${head}${body.join('')}</table>`);
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
}
