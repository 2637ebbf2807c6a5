// `checks` evidence: every check run and commit status on the commit passed (or is this run itself).
import type { EvidenceSettings } from '@release-governance/policy';
import { plural, shortSha } from '@release-governance/render';
import picomatch from 'picomatch';
import { type EvidenceDetail, type EvidenceResult, nameSome } from './result';

interface CheckRunInfo {
  name: string;
  status: string;
  conclusion: string | null;
  html_url?: string | null;
  details_url?: string | null;
}

interface CommitStatusInfo {
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
    return { kind: 'checks', proven: false, summary: `no check runs or commit statuses on ${shortSha(input.sha)}`, details };
  }
  const failing = details.filter((detail) => !detail.ok);
  return {
    kind: 'checks',
    proven: failing.length === 0,
    summary:
      failing.length === 0
        ? `${plural(details.length, 'check')} passed on ${shortSha(input.sha)}`
        : `${failing.length} of ${details.length} checks on ${shortSha(input.sha)} did not pass: ${nameSome(failing)}`,
    details,
  };
}
