// The `update_release_process` capability: changing CI/CD, deployment or governance files
// is the release manager's to approve. Every way a change can touch a path counts: added,
// modified, removed, copied, and both sides of a rename (moving the release workflow away
// changes the release process as much as deleting it does).
import picomatch from 'picomatch';

export interface GuardDecision {
  required: boolean;
  /** The changed files that make an approval necessary (for a rename, the protected side). */
  protectedFiles: string[];
  reason: string;
}

/** A changed file as GitHub's files APIs list it; a bare path is a modification. */
interface ChangedFile {
  filename: string;
  status?: string;
  /** The old path of a renamed (or copied) file. */
  previous_filename?: string;
}

export function approvalRequiredFor(changedFiles: (string | ChangedFile)[] | undefined, protectedPaths: string[]): GuardDecision {
  if (protectedPaths.length === 0) {
    return { required: true, protectedFiles: [], reason: 'no protected paths are configured, so every change needs a release manager' };
  }
  if (changedFiles === undefined) {
    return { required: true, protectedFiles: [], reason: 'a deployment or release always needs a release manager' };
  }
  const isProtected = picomatch(protectedPaths, { dot: true });
  const touched = changedFiles.flatMap((entry) => describeTouch(typeof entry === 'string' ? { filename: entry } : entry, isProtected));
  const protectedFiles = touched.map((touch) => touch.path);
  const shown = touched.map((touch) => touch.label);
  return touched.length > 0
    ? {
        required: true,
        protectedFiles,
        reason: `the change modifies the release process: ${shown.slice(0, 10).join(', ')}${shown.length > 10 ? ` and ${shown.length - 10} more` : ''}`,
      }
    : {
        required: false,
        protectedFiles,
        reason: `the pull request changes none of the protected paths (${protectedPaths.join(', ')}), so no release-manager approval is needed`,
      };
}

/** The protected paths one changed file touches: its path, and the path it was renamed or copied from. */
function describeTouch(file: ChangedFile, isProtected: (path: string) => boolean): { path: string; label: string }[] {
  const previous = file.previous_filename && file.previous_filename !== file.filename ? file.previous_filename : undefined;
  const moved = file.status === 'copied' ? 'copied' : 'renamed';
  const touches: { path: string; label: string }[] = [];
  if (previous && isProtected(previous)) touches.push({ path: previous, label: `${previous} (${moved} to ${file.filename})` });
  if (isProtected(file.filename))
    touches.push({
      path: file.filename,
      label: previous ? `${file.filename} (${moved} from ${previous})` : file.status === 'removed' ? `${file.filename} (removed)` : file.filename,
    });
  return touches;
}
