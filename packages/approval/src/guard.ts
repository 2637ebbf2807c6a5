// The `update_release_process` capability: changing CI/CD, deployment or governance files
// is the release manager's to approve.
import picomatch from 'picomatch';

export interface GuardDecision {
  required: boolean;
  /** The changed files that make an approval necessary. */
  protectedFiles: string[];
  reason: string;
}

export function approvalRequiredFor(changedFiles: string[] | undefined, protectedPaths: string[]): GuardDecision {
  if (protectedPaths.length === 0) {
    return { required: true, protectedFiles: [], reason: 'no protected paths are configured, so every change needs a release manager' };
  }
  if (changedFiles === undefined) {
    return { required: true, protectedFiles: [], reason: 'a deployment or release always needs a release manager' };
  }
  const isProtected = picomatch(protectedPaths, { dot: true });
  const protectedFiles = changedFiles.filter((file) => isProtected(file));
  return protectedFiles.length > 0
    ? { required: true, protectedFiles, reason: `the change modifies the release process: ${protectedFiles.slice(0, 10).join(', ')}${protectedFiles.length > 10 ? ` and ${protectedFiles.length - 10} more` : ''}` }
    : { required: false, protectedFiles, reason: `the pull request changes none of the protected paths (${protectedPaths.join(', ')}), so no release-manager approval is needed` };
}
