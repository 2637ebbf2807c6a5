import { describe, expect, it } from 'vitest';
import { evaluateChecks, evaluateDocs, evaluateReleaseNotes, evaluateReviews, evaluateSecurity } from './index';

const checksSettings = { 'allowed-conclusions': ['neutral', 'skipped'] as ('neutral' | 'skipped')[], ignore: [] as string[] };
const sha = 'abc1234def5678';

describe('evaluateChecks', () => {
  it('passes when every run and the latest status per context succeeded', () => {
    const result = evaluateChecks({
      sha,
      checkRuns: [
        { name: 'build', status: 'completed', conclusion: 'success' },
        { name: 'docs', status: 'completed', conclusion: 'skipped' },
      ],
      statuses: [
        { context: 'ci/legacy', state: 'success' },
        { context: 'ci/legacy', state: 'failure' }, // older: superseded
      ],
      settings: checksSettings,
    });
    expect(result).toMatchObject({ proven: true, summary: '3 checks passed on abc1234' });
  });

  it('fails on a failed, pending or disallowed conclusion and names them', () => {
    const result = evaluateChecks({
      sha,
      checkRuns: [
        { name: 'build', status: 'completed', conclusion: 'failure' },
        { name: 'e2e', status: 'in_progress', conclusion: null },
        { name: 'lint', status: 'completed', conclusion: 'neutral' },
      ],
      statuses: [],
      settings: { ...checksSettings, 'allowed-conclusions': [] },
    });
    expect(result.proven).toBe(false);
    expect(result.summary).toBe('3 of 3 checks on abc1234 did not pass: build (failure), e2e (in_progress), lint (neutral)');
  });

  it('skips this run’s own unfinished jobs and ignored names, but not nothing at all', () => {
    const ownJob = { name: 'governance', status: 'in_progress', conclusion: null, details_url: 'https://github.com/o/r/actions/runs/42/job/1' };
    const result = evaluateChecks({
      sha,
      checkRuns: [ownJob, { name: 'codecov/patch', status: 'completed', conclusion: 'failure' }],
      statuses: [],
      settings: { ...checksSettings, ignore: ['codecov/*'] },
      currentRunId: 42,
    });
    expect(result).toMatchObject({ proven: false, summary: 'no check runs or commit statuses on abc1234' });
  });
});

describe('evaluateReviews', () => {
  const range = { from: 'v1.0.0', to: sha };
  const settings = { 'allow-direct-commits': false };

  it('lists who approved each pull request, and fails one nobody independent approved', () => {
    const result = evaluateReviews({
      range,
      directCommits: [],
      settings,
      pulls: [
        { number: 5, author: 'alice', approvers: ['bob'] },
        { number: 6, author: 'carol', approvers: [] },
      ],
    });
    expect(result.proven).toBe(false);
    expect(result.details.map((detail) => detail.text)).toEqual(['#5 approved by bob', '#6 merged without an approving review from someone other than carol']);
  });

  it('treats a direct push as unreviewed unless the policy allows it', () => {
    const input = { range, pulls: [], directCommits: [{ sha, message: 'hotfix\n\nbody' }] };
    expect(evaluateReviews({ ...input, settings }).summary).toBe(
      '1 change since v1.0.0 lacks an independent approval: abc1234 pushed without a pull request: hotfix',
    );
    expect(evaluateReviews({ ...input, settings: { 'allow-direct-commits': true } }).proven).toBe(true);
  });

  it('never accepts a commit of a pull request that is still open', () => {
    const input = { range, pulls: [], directCommits: [{ sha, message: 'wip', openPull: 9 }] };
    const result = evaluateReviews({ ...input, settings: { 'allow-direct-commits': true } });
    expect(result.proven).toBe(false);
    expect(result.details[0]?.text).toBe('abc1234 is in pull request #9, which is not merged: wip');
  });
});

describe('evaluateSecurity', () => {
  const settings = { 'min-severity': 'high' as const, dependabot: true };
  it('fails on alerts at or above the threshold only', () => {
    const result = evaluateSecurity({
      settings,
      codeScanning: [
        { number: 1, rule: { security_severity_level: 'medium', description: 'weak hash' } },
        { number: 2, rule: { security_severity_level: null, severity: 'error', description: 'sql injection' } },
      ],
      dependabot: [{ number: 9, severity: 'critical', package: 'lodash' }],
    });
    expect(result.proven).toBe(false);
    expect(result.details.map((detail) => detail.text)).toEqual(['code scanning #2 (high): sql injection', 'Dependabot #9 (critical): lodash']);
  });

  it('cannot prove anything when scanning is not enabled', () => {
    const result = evaluateSecurity({ settings, codeScanning: { unavailable: 'code scanning is not enabled' }, dependabot: [] });
    expect(result).toMatchObject({ proven: false, summary: 'code scanning is not enabled' });
  });
});

describe('evaluateReleaseNotes and evaluateDocs', () => {
  it('accepts a draft release for the tag, or a notes file', () => {
    expect(evaluateReleaseNotes({ tag: 'v2.0.0', release: { tag_name: 'v2.0.0', draft: true }, notesFilesFound: [], notesFilesLookedFor: [] }).proven).toBe(
      true,
    );
    expect(evaluateReleaseNotes({ tag: 'v2.0.0', notesFilesFound: ['docs/releases/v2.0.0.md'], notesFilesLookedFor: ['docs/releases/v2.0.0.md'] }).proven).toBe(
      true,
    );
    expect(evaluateReleaseNotes({ tag: 'v2.0.0', notesFilesFound: [], notesFilesLookedFor: [] }).summary).toBe('no draft or published release for v2.0.0');
    expect(evaluateReleaseNotes({ notesFilesFound: [], notesFilesLookedFor: [] }).summary).toMatch(/no release tag to look for/);
  });

  it('needs a changed file under the documentation paths', () => {
    const range = { from: 'v1.0.0', to: sha };
    expect(evaluateDocs({ range, files: ['src/a.ts', 'docs/guide/usage.md'], paths: ['docs/**'] }).proven).toBe(true);
    expect(evaluateDocs({ range, files: ['src/a.ts'], paths: ['docs/**', '**/*.md'] })).toMatchObject({
      proven: false,
      summary: 'no documentation changed since v1.0.0: no file matches docs/**, **/*.md (1 file changed)',
    });
  });
});
