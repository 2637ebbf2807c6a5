/**
 * GitHub's two pagination styles: page numbers (most list routes) and opaque cursors
 * (Dependabot alerts), both advertised through the Link header.
 */

export interface Page<T> {
  items: T[];
  /** Link header value, absent when everything fits on one page. */
  link?: string;
}

/** `per_page` (default 30, capped at 100 like GitHub) and `page` (default 1). */
function pageParams(query: URLSearchParams): { page: number; perPage: number } {
  return {
    page: positiveInt(query.get('page')) ?? 1,
    perPage: Math.min(positiveInt(query.get('per_page')) ?? 30, 100),
  };
}

function positiveInt(value: string | null): number | undefined {
  const parsed = Number(value);
  return value !== null && Number.isInteger(parsed) && parsed > 0 ? parsed : undefined;
}

/** `url` with some query parameters replaced (null removes them), other parameters kept in order. */
function withQuery(url: URL, changes: Record<string, string | null>): string {
  const next = new URL(url);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) next.searchParams.delete(name);
    else next.searchParams.set(name, value);
  }
  return next.toString();
}

function link(relations: Array<[rel: string, url: string]>): string | undefined {
  return relations.length ? relations.map(([rel, url]) => `<${url}>; rel="${rel}"`).join(', ') : undefined;
}

/**
 * Slices `items` for the requested page. The Link header lists prev, next, last, first in
 * GitHub's order, each only when it applies; `url` is the absolute request URL.
 */
export function paginate<T>(items: T[], url: URL, query = url.searchParams): Page<T> {
  const { page, perPage } = pageParams(query);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  if (lastPage === 1 && page === 1) return { items: slice };
  const at = (n: number) => withQuery(url, { page: String(n) });
  const relations: Array<[string, string]> = [];
  if (page > 1) relations.push(['prev', at(page - 1)]);
  if (page < lastPage) relations.push(['next', at(page + 1)], ['last', at(lastPage)]);
  if (page > 1) relations.push(['first', at(1)]);
  const header = link(relations);
  return header ? { items: slice, link: header } : { items: slice };
}

function encodeCursor(key: string | number): string {
  return Buffer.from(`cursor:v2:${key}`).toString('base64');
}

function decodeCursor(cursor: string): string | undefined {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  return text.startsWith('cursor:v2:') ? text.slice('cursor:v2:'.length) : undefined;
}

/**
 * Cursor pagination over `items` (already in response order): `after`/`before` name an item
 * by its cursor key; rel="next" carries `after` while more remain, rel="prev" carries
 * `before` while earlier items exist. Unknown cursors answer from the start.
 */
export function paginateByCursor<T>(items: T[], keyOf: (item: T) => string, url: URL): Page<T> {
  const query = url.searchParams;
  const { perPage } = pageParams(query);
  const indexOf = (cursor: string | null) => {
    const key = cursor === null ? undefined : decodeCursor(cursor);
    return key === undefined ? -1 : items.findIndex((item) => keyOf(item) === key);
  };
  let start = 0;
  let end = Math.min(perPage, items.length);
  const after = indexOf(query.get('after'));
  const before = indexOf(query.get('before'));
  if (after >= 0) {
    start = after + 1;
    end = Math.min(start + perPage, items.length);
  } else if (before >= 0) {
    end = before;
    start = Math.max(0, end - perPage);
  }
  const slice = items.slice(start, end);
  const first = slice[0];
  const last = slice.at(-1);
  const relations: Array<[string, string]> = [];
  if (start > 0 && first !== undefined) relations.push(['prev', withQuery(url, { after: null, page: null, before: encodeCursor(keyOf(first)) })]);
  if (end < items.length && last !== undefined) relations.push(['next', withQuery(url, { before: null, page: null, after: encodeCursor(keyOf(last)) })]);
  const header = link(relations);
  return header ? { items: slice, link: header } : { items: slice };
}
