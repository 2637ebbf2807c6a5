// Everything written to a job summary goes through these helpers. User text (PR titles,
// bodies, item texts, logins) is hostile: it is escaped (./escape, `htmlText`) so that it
// cannot inject HTML, break the table it stands in, start a line, or mention people and teams.
import { htmlText, isWebUrl } from './escape';

declare const htmlBrand: unique symbol;
/** A fragment of HTML that is safe to write as it is. Only this module makes one. */
export type Html = string & { readonly [htmlBrand]: true };

/** User text as HTML: see `htmlText` in ./escape (entities, no line breaks, no mentions). */
export function text(value: string | number | boolean): Html {
  return htmlText(value) as Html;
}

/** A link, but only to http(s); anything else (javascript:, data:) is shown as plain text. */
export function link(label: string, href: string | null | undefined): Html {
  if (!isWebUrl(href)) return text(label);
  return `<a href="${attribute(href)}">${text(label)}</a>` as Html;
}

/** An attribute value: quoted, so only these need escaping (a URL keeps its `@` and `_`). */
const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const attribute = (value: string) => value.replace(/[&<>"']/g, (char) => ATTRIBUTE_ESCAPES[char] ?? char);

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
