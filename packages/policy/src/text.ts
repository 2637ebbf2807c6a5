// Turns a file's bytes into text only when they are UTF-8, so a file saved in another
// encoding is an error at the first bad byte rather than silently read as U+FFFD.
import { PolicyError } from './problems';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * `content` as text: a string is taken as it is (already decoded, e.g. an action input);
 * bytes must be UTF-8 (a byte-order mark is dropped).
 */
export function decodeUtf8(file: string, content: string | Uint8Array, origin: 'file' | 'input' = 'file'): string {
  if (typeof content === 'string') return content;
  try {
    return decoder.decode(content);
  } catch {
    const offset = firstInvalidByte(content);
    const { line, column } = positionOfByte(content, offset);
    throw new PolicyError([
      {
        file,
        origin,
        line,
        column,
        message: `is not UTF-8 text: byte 0x${(content[offset] ?? 0).toString(16).padStart(2, '0').toUpperCase()} does not start a valid character here; save the file as UTF-8`,
      },
    ]);
  }
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, surrogates or values past U+10FFFF). */
function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    let length: number;
    let min = 0x80;
    let max = 0xbf;
    if (lead < 0x80) {
      index++;
      continue;
    } else if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) min = 0xa0;
      if (lead === 0xed) max = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) min = 0x90;
      if (lead === 0xf4) max = 0x8f;
    } else return index;
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next];
      const [low, high] = next === 1 ? [min, max] : [0x80, 0xbf];
      // The sequence this lead byte starts is broken: the lead byte is where it went wrong.
      if (byte === undefined || byte < low || byte > high) return index;
    }
    index += length;
  }
  return bytes.length;
}

/** 1-based line and column (in characters of the valid text before it) of a byte offset. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index++) {
    if (bytes[index] === 0x0a) {
      line++;
      lineStart = index + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: [...before].length + 1 };
}
