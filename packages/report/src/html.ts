// Everything written to a job summary goes through these helpers. User text (PR titles,
// bodies, item texts, logins) is hostile: it is escaped so that it cannot inject HTML,
// break the table it stands in, or mention people and teams.
declare const htmlBrand: unique symbol;
/** A fragment of HTML that is safe to write as it is. Only this module makes one. */
export type Html = string & { readonly [htmlBrand]: true };

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '@': '&#64;', // "@team" in user text must not ping anyone
  '|': '&#124;', // keeps markdown table syntax inert should the text end up in one
  '`': '&#96;',
  '[': '&#91;',
  ']': '&#93;',
  // Markdown emphasis and escapes, so text in release notes or issues cannot restyle what follows.
  '*': '&#42;',
  _: '&#95;',
  '~': '&#126;',
  '\\': '&#92;',
};

export function text(value: string | number | boolean): Html {
  return String(value).replace(/[&<>"'@|`[\]*_~\\]/g, (char) => ESCAPES[char] ?? char) as Html;
}

/** A link, but only to http(s); anything else (javascript:, data:) is shown as plain text. */
export function link(label: string, href: string | null | undefined): Html {
  if (!href || !/^https?:\/\//i.test(href)) return text(label);
  return `<a href="${text(href)}">${text(label)}</a>` as Html;
}

export function code(value: string): Html {
  return `<code>${text(value)}</code>` as Html;
}

export function strong(value: string): Html {
  return `<strong>${text(value)}</strong>` as Html;
}

export function join(parts: Html[], separator: string = ''): Html {
  return parts.join(text(separator)) as Html;
}

/** Wraps already-safe fragments in a tag this module controls. */
export function element(tag: 'p' | 'li' | 'ul' | 'td' | 'th' | 'tr' | 'summary' | 'details' | 'br', ...children: Html[]): Html {
  return `<${tag}>${children.join('')}</${tag}>` as Html;
}
