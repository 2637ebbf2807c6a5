// How release-notes reads a release's range (issue 13): from its pull requests by search,
// the first-parent line rebuilt from their merge commits, and only the commits pushed without
// a pull request read one by one; from the history, commit by commit, whenever that cannot
// account for every commit of the range. Both must give the same notes.
import { describe, expect, it } from 'vitest';
import { type Emulator, requestName, startEmulator } from './emulator';
import { generatedHistory, headOf, realisticHistory } from './fixtures/notes-history';
import { runAction } from './helpers/run-action';

async function withEmulator<T>(state: Parameters<typeof startEmulator>[0], body: (emulator: Emulator) => Promise<T>): Promise<T> {
  const emulator = await startEmulator(state);
  try {
    return await body(emulator);
  } finally {
    await emulator.close();
  }
}

const notesOf = (emulator: Emulator, head: string, inputs: Record<string, string> = {}) =>
  runAction('release-notes', { apiUrl: emulator.url, sha: head, inputs: { to: head, ...inputs }, timeoutMs: 120_000 });

describe('release-notes reads a release from its pull requests', () => {
  it('spends ⌈N/100⌉ + 3 requests on N pull requests merged with merge commits, and writes the notes reading every commit would', async () => {
    const history = realisticHistory(250);
    await withEmulator(history.state, async (emulator) => {
      const run = await notesOf(emulator, history.head);
      expect(run.exitCode).toBe(0);
      expect(emulator.requests.map(requestName)).toEqual([
        'RepositorySnapshot', // the policy files, .github/release.yml, the target, the releases
        'GET /repos/{owner}/{repo}/compare/{basehead}',
        'MergedPulls',
        'MergedPulls',
        'MergedPulls',
        'CommitRuns', // the 5 direct pushes, in one request
      ]);
      expect(history.commits).toBeGreaterThan(300); // reading every commit would take 4 pages, not 3
      expect(run.stdout).toContain(`Read ${history.commits} commits from the pull requests in 4 GraphQL requests`);

      // The same range read commit by commit (`from` names the release, so no compare gives its size).
      emulator.requests.length = 0;
      const walked = await notesOf(emulator, history.head, { from: 'v1.0.0' });
      expect(walked.exitCode).toBe(0);
      expect(emulator.requests.filter((request) => requestName(request) === 'ReleaseHistory').length).toBe(Math.ceil(history.commits / 100));
      expect(run.outputs.notes).toBe(walked.outputs.notes);
      expect(run.outputs.notes).toContain('⚠️ pushed without a pull request');
    });
  });

  it('reads past GitHub search’s 1,000-result cap in windows of creation time', async () => {
    const pulls = 1050;
    await withEmulator(generatedHistory(pulls), async (emulator) => {
      const run = await notesOf(emulator, headOf(pulls));
      expect(run.exitCode).toBe(0);
      const searches = emulator.requests.filter((request) => requestName(request) === 'MergedPulls');
      expect(searches).toHaveLength(11);
      const queries = searches.map((request) => (request.body as { variables: { search: string } }).variables.search);
      expect(queries.slice(0, 10).every((query) => !query.includes('created:>'))).toBe(true);
      expect(queries[10]).toMatch(/ created:>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(emulator.requests).toHaveLength(Math.ceil(pulls / 100) + 2);
      expect(run.outputs.notes!.split('\n').filter((line) => line.startsWith('- ') && line.includes('/pull/'))).toHaveLength(pulls);
    });
  });

  it('reads the history instead when the search has not caught up with a pull request: none is left out', async () => {
    const history = realisticHistory(150);
    // Among the newest, and neither a revert nor reverted (those cancel out of the notes).
    const late = history.state.pulls!.at(-3)!;
    await withEmulator({ ...history.state, searchUnindexed: [late.number] }, async (emulator) => {
      const run = await notesOf(emulator, history.head);
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toContain(`which the search did not list (yet).`);
      expect(run.stdout).toContain(`Read ${history.commits} commits from the history`);
      expect(run.outputs.notes).toContain(`/pull/${late.number}`);
      expect(emulator.requests.filter((request) => requestName(request) === 'ReleaseHistory')).toHaveLength(Math.ceil(history.commits / 100));
    });
  });

  it('reads the history instead when a pull request was merged into a branch that came in with a merge commit', async () => {
    const history = realisticHistory(150);
    // #1007 came in with a merge commit from alice/change-7 (realisticHistory: every 7th); #9001 was merged into that branch first.
    const feature = history.state.pulls!.find((pull) => pull.number === 1007)!;
    const stacked = {
      ...feature,
      number: 9001,
      title: 'Stacked: split the parser',
      base_ref: feature.head_ref,
      head_ref: 'alice/split-parser',
      merged_at: '2026-09-30T12:00:00.000Z',
      merge_commit_sha: feature.commits![0]!,
      commits: [feature.commits![0]!],
    };
    await withEmulator({ ...history.state, pulls: [...history.state.pulls!, stacked] }, async (emulator) => {
      const run = await notesOf(emulator, history.head);
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toContain(
        `pull request #9001 was merged into ${feature.head_ref}, which pull request #1007 merged with a merge commit: it is in the range off the first-parent line.`,
      );
      expect(run.outputs.notes).toContain('Stacked: split the parser');
    });
  });

  it('reads a range of one page of commits from the history: a search would not save a request', async () => {
    const history = realisticHistory(40);
    await withEmulator(history.state, async (emulator) => {
      const run = await notesOf(emulator, history.head);
      expect(run.exitCode).toBe(0);
      expect(emulator.requests.map(requestName)).toEqual(['RepositorySnapshot', 'GET /repos/{owner}/{repo}/compare/{basehead}', 'ReleaseHistory']);
    });
  });
});

describe('release-notes when GitHub’s search fails', () => {
  it('reads the history instead of failing, and says why', async () => {
    const history = realisticHistory(150);
    const message = 'Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug.';
    await withEmulator({ ...history.state, searchFailure: { type: 'INTERNAL', message } }, async (emulator) => {
      const run = await notesOf(emulator, history.head);
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toContain(
        `Read from the history, not the pull requests: GitHub API POST /graphql (MergedPulls): GitHub answered with errors: ${message}\n`,
      );
      expect(run.stdout).toContain(`Read ${history.commits} commits from the history`);
      expect(run.outputs.notes).toContain(`/pull/${history.state.pulls!.at(-3)!.number}`);
    });
  });
});
