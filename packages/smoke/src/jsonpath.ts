// The JSON-path subset smoke checks need: `$`, `.key`, `['key']` and `[index]`.
export function queryJson(document: unknown, path: string): { found: boolean; value?: unknown } {
  const tokens = [...path.slice(1).matchAll(/\.([^.[\]]+)|\[(\d+)\]|\['([^']*)'\]|\["([^"]*)"\]/g)];
  const consumed = tokens.map((token) => token[0]).join('');
  if (!path.startsWith('$') || consumed !== path.slice(1)) return { found: false };
  let current: unknown = document;
  for (const [, dotted, index, single, double] of tokens) {
    const key = dotted ?? single ?? double;
    if (index !== undefined) {
      if (!Array.isArray(current) || Number(index) >= current.length) return { found: false };
      current = current[Number(index)];
    } else if (current !== null && typeof current === 'object' && key !== undefined && Object.hasOwn(current, key)) {
      current = (current as Record<string, unknown>)[key];
    } else {
      return { found: false };
    }
  }
  return { found: true, value: current };
}
