/**
 * Ids and times the state does not spell out, derived from stable keys so every request
 * sees the same values, and git's blob ids.
 */
import { createHash } from 'node:crypto';

/** A stable positive integer for `key`, used for ids the state does not spell out. */
export function stableId(key: string): number {
  return (createHash('sha1').update(key).digest().readUInt32BE(0) % 1_000_000_000) + 1;
}

/** A label's id, the same in REST and GraphQL. */
export const labelId = (name: string) => stableId(`label:${name}`);

/** A deterministic timestamp `minutes` after a fixed epoch, in GitHub's format (no millis). */
export function timestamp(minutes: number): string {
  return isoSeconds(new Date(Date.UTC(2024, 0, 1) + minutes * 60_000));
}

export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Now, in GitHub's format: when writes happen. */
export const now = () => isoSeconds(new Date());

/** One minute after `time` (the epoch when `time` does not parse). */
export function oneMinuteAfter(time: string): string {
  const base = Date.parse(time);
  return isoSeconds(new Date((Number.isNaN(base) ? 0 : base) + 60_000));
}

/** Git's blob id for `text`, so content and tree shas look and behave like GitHub's. */
export function blobSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
