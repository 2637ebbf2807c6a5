// Evidence that a ticked item is true, judged from what the GitHub API returned. Pure:
// the collectors fetch, these functions decide, so every rule is testable on plain data.
import type { EvidenceKind, EvidenceSettings, SecuritySeverity } from '@release-governance/policy';
import picomatch from 'picomatch';

export interface EvidenceDetail {
  text: string;
  url?: string | null;
  ok: boolean;
}

export interface EvidenceResult {
  kind: EvidenceKind;
  proven: boolean;
  /** One line: what was found. */
  summary: string;
  details: EvidenceDetail[];
}

/** Evidence that could not be read at all (missing permission, feature disabled, no tag given). */
export function unavailable(kind: EvidenceKind, reason: string): EvidenceResult {
  return { kind, proven: false, summary: reason, details: [] };
}

const MAX_NAMED = 10;

function nameSome(details: EvidenceDetail[]): string {
  const names = details.slice(0, MAX_NAMED).map((detail) => detail.text);
  return details.length > MAX_NAMED ? `${names.join(', ')} and ${details.length - MAX_NAMED} more` : names.join(', ');
}

const short = (sha: string) => sha.slice(0, 7);

// ---- checks -------------------------------------------------------------------------

export interface CheckRunInfo {
  name: string;
  status: string;
  conclusion: string | null;
  html_url?: string | null;
  details_url?: string | null;
}

export interface CommitStatusInfo {
  context: string;
  state: string;
  target_url?: string | null;
}

export function evaluateChecks(input: {
  sha: string;
  checkRuns: CheckRunInfo[];
  /** Newest first, as the API lists them: the first per context is its current state. */
  statuses: CommitStatusInfo[];
  settings: EvidenceSettings['checks'];
  /** This workflow run: its own unfinished jobs (this one included) cannot be waited for. */
  currentRunId?: number;
}): EvidenceResult {
  const ignored = picomatch(input.settings.ignore.length > 0 ? input.settings.ignore : ['\0'], { dot: true });
  const accepted = new Set<string>(['success', ...input.settings['allowed-conclusions']]);
  const ownRun = input.currentRunId ? `/actions/runs/${input.currentRunId}/` : undefined;
  const details: EvidenceDetail[] = [];

  for (const run of input.checkRuns) {
    if (ignored(run.name)) continue;
    if (run.status !== 'completed' && ownRun && run.details_url?.includes(ownRun)) continue;
    const url = run.html_url ?? run.details_url;
    if (run.status !== 'completed') details.push({ text: `${run.name} (${run.status})`, url, ok: false });
    else details.push({ text: `${run.name} (${run.conclusion ?? 'no conclusion'})`, url, ok: accepted.has(run.conclusion ?? '') });
  }
  const seenContexts = new Set<string>();
  for (const status of input.statuses) {
    if (seenContexts.has(status.context) || ignored(status.context)) continue;
    seenContexts.add(status.context);
    details.push({ text: `${status.context} (${status.state})`, url: status.target_url, ok: status.state === 'success' });
  }

  if (details.length === 0) {
    return { kind: 'checks', proven: false, summary: `no check runs or commit statuses on ${short(input.sha)}`, details };
  }
  const failing = details.filter((detail) => !detail.ok);
  return {
    kind: 'checks',
    proven: failing.length === 0,
    summary:
      failing.length === 0
        ? `${details.length} check${details.length === 1 ? '' : 's'} passed on ${short(input.sha)}`
        : `${failing.length} of ${details.length} checks on ${short(input.sha)} did not pass: ${nameSome(failing)}`,
    details,
  };
}

// ---- reviews ------------------------------------------------------------------------

export interface MergedPullInfo {
  number: number;
  url?: string;
  author: string;
  /** Reviewers other than the author, not bots, whose latest decision approves (independentApprovers). */
  approvers: string[];
}

export interface ReleaseRangeInfo {
  /** The previous release's tag, or undefined for a first release. */
  from?: string;
  to: string;
}

export function describeRange(range: ReleaseRangeInfo): string {
  return range.from ? `since ${range.from}` : 'in the history (no earlier release)';
}

export function evaluateReviews(input: {
  range: ReleaseRangeInfo;
  pulls: MergedPullInfo[];
  /** Commits in the range that belong to no merged pull request (`openPull`: to one still open). */
  directCommits: { sha: string; message: string; url?: string; openPull?: number }[];
  settings: EvidenceSettings['reviews'];
}): EvidenceResult {
  const details: EvidenceDetail[] = input.pulls.map((pull) => {
    const approvers = pull.approvers;
    return {
      text:
        approvers.length > 0
          ? `#${pull.number} approved by ${approvers.join(', ')}`
          : `#${pull.number} merged without an approving review from someone other than ${pull.author}`,
      url: pull.url,
      ok: approvers.length > 0,
    };
  });
  for (const commit of input.directCommits) {
    const subject = commit.message.split('\n')[0] ?? '';
    details.push(
      commit.openPull !== undefined
        ? { text: `${short(commit.sha)} is in pull request #${commit.openPull}, which is not merged: ${subject}`, url: commit.url, ok: false }
        : { text: `${short(commit.sha)} pushed without a pull request: ${subject}`, url: commit.url, ok: input.settings['allow-direct-commits'] },
    );
  }
  const failing = details.filter((detail) => !detail.ok);
  const where = describeRange(input.range);
  if (details.length === 0) {
    return { kind: 'reviews', proven: true, summary: `no pull requests merged ${where}`, details };
  }
  return {
    kind: 'reviews',
    proven: failing.length === 0,
    summary:
      failing.length === 0
        ? `${input.pulls.length} pull request${input.pulls.length === 1 ? '' : 's'} merged ${where}, each approved by a reviewer other than its author`
        : `${failing.length} change${failing.length === 1 ? '' : 's'} ${where} ${failing.length === 1 ? 'lacks' : 'lack'} an independent approval: ${nameSome(failing)}`,
    details,
  };
}

// ---- security -----------------------------------------------------------------------

export interface CodeScanningAlertInfo {
  number: number;
  html_url?: string;
  rule: { description?: string | null; severity?: string | null; security_severity_level?: string | null };
}

export interface DependabotAlertInfo {
  number: number;
  html_url?: string;
  severity: string;
  package: string;
}

const SEVERITY_RANK: Record<string, number> = { low: 1, medium: 2, high: 3, critical: 4 };
/** Alerts of non-security rules carry only `rule.severity`; rank them alongside. */
const RULE_SEVERITY_AS_SECURITY: Record<string, SecuritySeverity> = { error: 'high', warning: 'medium', note: 'low' };

export function codeScanningSeverity(alert: CodeScanningAlertInfo): SecuritySeverity | undefined {
  const level = alert.rule.security_severity_level ?? undefined;
  if (level && level in SEVERITY_RANK) return level as SecuritySeverity;
  return RULE_SEVERITY_AS_SECURITY[alert.rule.severity ?? ''];
}

export function evaluateSecurity(input: {
  codeScanning: CodeScanningAlertInfo[] | { unavailable: string };
  dependabot?: DependabotAlertInfo[] | { unavailable: string };
  settings: EvidenceSettings['security'];
}): EvidenceResult {
  const threshold = SEVERITY_RANK[input.settings['min-severity']] ?? 3;
  const problems: string[] = [];
  const details: EvidenceDetail[] = [];

  if ('unavailable' in input.codeScanning) problems.push(input.codeScanning.unavailable);
  else {
    for (const alert of input.codeScanning) {
      const severity = codeScanningSeverity(alert);
      if (severity && SEVERITY_RANK[severity]! >= threshold) {
        details.push({ text: `code scanning #${alert.number} (${severity}): ${alert.rule.description ?? ''}`, url: alert.html_url, ok: false });
      }
    }
  }
  if (input.dependabot) {
    if ('unavailable' in input.dependabot) problems.push(input.dependabot.unavailable);
    else {
      for (const alert of input.dependabot) {
        if ((SEVERITY_RANK[alert.severity] ?? 0) >= threshold) {
          details.push({ text: `Dependabot #${alert.number} (${alert.severity}): ${alert.package}`, url: alert.html_url, ok: false });
        }
      }
    }
  }
  const scanned = input.dependabot ? 'code scanning and Dependabot' : 'code scanning';
  if (problems.length > 0) {
    return { kind: 'security', proven: false, summary: problems.join('; '), details };
  }
  return {
    kind: 'security',
    proven: details.length === 0,
    summary:
      details.length === 0
        ? `no open ${scanned} alerts of ${input.settings['min-severity']} severity or above`
        : `${details.length} open alert${details.length === 1 ? '' : 's'} of ${input.settings['min-severity']} severity or above: ${nameSome(details)}`,
    details,
  };
}

// ---- release notes ------------------------------------------------------------------

export function evaluateReleaseNotes(input: {
  tag?: string;
  release?: { tag_name: string; draft: boolean; html_url?: string };
  notesFilesFound: string[];
  notesFilesLookedFor: string[];
}): EvidenceResult {
  if (input.release) {
    const kind = input.release.draft ? 'draft' : 'published';
    return {
      kind: 'release-notes',
      proven: true,
      summary: `a ${kind} release exists for ${input.release.tag_name}`,
      details: [{ text: `${kind} release ${input.release.tag_name}`, url: input.release.html_url, ok: true }],
    };
  }
  if (input.notesFilesFound.length > 0) {
    return {
      kind: 'release-notes',
      proven: true,
      summary: `notes file present: ${input.notesFilesFound.join(', ')}`,
      details: input.notesFilesFound.map((file) => ({ text: file, ok: true })),
    };
  }
  if (!input.tag && input.notesFilesLookedFor.length === 0) {
    return unavailable(
      'release-notes',
      'no release tag to look for: set the `tag` input, or run on a tag push or a release event',
    );
  }
  const lookedFor = [
    ...(input.tag ? [`no draft or published release for ${input.tag}`] : []),
    ...(input.notesFilesLookedFor.length > 0 ? [`none of ${input.notesFilesLookedFor.join(', ')} exists`] : []),
  ];
  return { kind: 'release-notes', proven: false, summary: lookedFor.join(', and '), details: [] };
}

// ---- docs ---------------------------------------------------------------------------

export function evaluateDocs(input: {
  range: ReleaseRangeInfo;
  /** Files changed in the range; for a first release, the files of the tree. */
  files: string[];
  paths: string[];
}): EvidenceResult {
  const isDoc = picomatch(input.paths, { dot: true });
  const docs = input.files.filter((file) => isDoc(file));
  const where = input.range.from ? `changed since ${input.range.from}` : 'present (first release)';
  if (docs.length === 0) {
    return {
      kind: 'docs',
      proven: false,
      summary: `no documentation ${where}: no file matches ${input.paths.join(', ')} (${input.files.length} file${input.files.length === 1 ? '' : 's'} ${input.range.from ? 'changed' : 'in the tree'})`,
      details: [],
    };
  }
  const details = docs.map((file) => ({ text: file, ok: true }));
  return {
    kind: 'docs',
    proven: true,
    summary: `${docs.length} documentation file${docs.length === 1 ? '' : 's'} ${where}: ${nameSome(details)}`,
    details,
  };
}
