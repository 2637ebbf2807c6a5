// The next semantic version: major for breaking changes, minor for features, else patch.
import { isBreaking, labelsFor } from './categorise';
import type { Entry } from './entries';

export function nextVersion(
  previousTag: string | undefined,
  entries: Entry[],
  options: { tagPrefix: string; initialVersion: string; breakingLabels: string[]; minorLabels: string[] },
): string {
  if (!previousTag) return options.initialVersion;
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(previousTag.startsWith(options.tagPrefix) ? previousTag.slice(options.tagPrefix.length) : previousTag);
  if (!match) return options.initialVersion;
  const [major, minor, patch] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const minorLabels = new Set(options.minorLabels.map((label) => label.toLowerCase()));
  if (entries.some((entry) => isBreaking(entry, options.breakingLabels))) return `${major + 1}.0.0`;
  if (entries.some((entry) => labelsFor(entry).some((label) => minorLabels.has(label)))) return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}
