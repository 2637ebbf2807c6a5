// The committed bundle as V8 loads it: a script whose source is all Latin-1 is kept one byte a
// character, any other two (scripts/build.mjs asciiOnly; 3 to 4 MiB a run, `pnpm bench`).
// That the escapes still mean their characters is what every end-to-end test shows: they
// run the bundle and read its "⚠️", "—" and "✅" in the notes, summaries and annotations.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const shared = join(import.meta.dirname, '..', 'dist', 'shared');

describe('dist/shared', () => {
  it('is ASCII from end to end, every character beyond it written as an escape', () => {
    const chunks = readdirSync(shared).filter((file) => file.endsWith('.js'));
    expect(chunks.length).toBeGreaterThan(1);
    const offending = chunks.filter((file) => /[^\x00-\x7f]/.test(readFileSync(join(shared, file), 'utf8')));
    expect(offending).toEqual([]);
  });
});
