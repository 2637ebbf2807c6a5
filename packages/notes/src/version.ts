// The next semantic version: major for breaking changes, minor for features, else patch,
// computed by `semver` so pre-releases lead to their own release (2.0.0-rc.1 → 2.0.0).
import semver from 'semver';
import { isBreaking, labelsFor } from './categorise';
import type { Entry } from './entries';

export function nextVersion(
  previousTag: string | undefined,
  entries: Entry[],
  options: { tagPrefix: string; initialVersion: string; breakingLabels: string[]; minorLabels: string[] },
): string {
  const previous = previousTag === undefined ? undefined : versionOfTag(previousTag, options.tagPrefix);
  if (!previous) return options.initialVersion;
  const minorLabels = new Set(options.minorLabels.map((label) => label.toLowerCase()));
  const release = entries.some((entry) => isBreaking(entry, options.breakingLabels))
    ? 'major'
    : entries.some((entry) => labelsFor(entry).some((label) => minorLabels.has(label)))
      ? 'minor'
      : 'patch';
  return semver.inc(previous, release) ?? options.initialVersion;
}

/**
 * The version a tag names, prefix removed: a full version as it stands (pre-release kept),
 * else a loose one coerced (`1.2` → 1.2.0, `1.2-rc1` → 1.2.0-rc1). A tag whose rest does not
 * start with a digit (`nightly`, `build-2024`) names no version, rather than one guessed
 * from digits found later in it.
 */
function versionOfTag(tag: string, tagPrefix: string): semver.SemVer | undefined {
  const rest = (tagPrefix && tag.startsWith(tagPrefix) ? tag.slice(tagPrefix.length) : tag).trim();
  if (!/^\d/.test(rest)) return undefined;
  return semver.parse(rest) ?? semver.coerce(rest, { includePrerelease: true }) ?? undefined;
}
