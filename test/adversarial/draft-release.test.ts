// A draft release is never "the previous release", even when its tag exists and is an
// ancestor of the commit: anyone who may draft a release could otherwise shrink the range a
// release is judged on (hiding commits from the notes, from the checklist's evidence and
// from separation of duties). Each consumer is run with such a draft, then with the same
// release published, which does move the range: so each test sees the draft being skipped.
// (require-human-approver's separation-of-duties case is in test/require-human-approver.test.ts.)
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../emulator';
import { generatedHistory, headOf } from '../fixtures/notes-history';
import { RUN_ID, releasePullRequestEvent, releaseScenario, SHAS } from '../fixtures/release-scenario';
import { emulatorPerTest } from '../helpers/emulator-per-test';
import { runAction } from '../helpers/run-action';

describe('release-notes with a draft release on an ancestor tag', () => {
  let emulator: Emulator;
  emulatorPerTest(
    () => {
      const history = generatedHistory(5);
      return {
        ...history,
        tags: { ...history.tags, 'v1.1.0': headOf(3) },
        releases: [
          ...(history.releases ?? []),
          { id: 2, tag_name: 'v1.1.0', draft: true, prerelease: false, created_at: '2026-10-20T00:00:00Z', published_at: null },
        ],
      };
    },
    (started) => (emulator = started),
  );
  const notes = () => runAction('release-notes', { apiUrl: emulator.url, sha: headOf(5), inputs: { to: headOf(5) } });

  it('compares with the newest published release, not the draft', async () => {
    const run = await notes();
    expect(run.exitCode).toBe(0);
    expect(run.outputs['previous-tag']).toBe('v1.0.0');
    expect(run.outputs.notes).toContain('change number 2');

    emulator.state.releases[1]!.draft = false;
    emulator.state.releases[1]!.published_at = '2026-10-20T00:00:00Z';
    const published = await notes();
    expect(published.outputs['previous-tag']).toBe('v1.1.0');
    expect(published.outputs.notes).not.toContain('change number 2');
  });
});

describe('verify-checklist evidence with a draft release on an ancestor tag', () => {
  let emulator: Emulator;
  emulatorPerTest(
    () => {
      const scenario = releaseScenario();
      return {
        ...scenario,
        // Tagged after the documentation change of #40: from here, no documentation changed.
        tags: { ...scenario.tags, 'v1.0.5': SHAS.batch },
        releases: [
          ...(scenario.releases ?? []),
          { id: 3, tag_name: 'v1.0.5', draft: true, prerelease: false, created_at: '2026-10-11T10:00:00Z', published_at: null },
        ],
      };
    },
    (started) => (emulator = started),
  );
  const verify = () => runAction('verify-checklist', { apiUrl: emulator.url, event: releasePullRequestEvent(), runId: RUN_ID, inputs: { tag: 'v1.1.0' } });
  const docsItem = (run: Awaited<ReturnType<typeof verify>>) =>
    run.json('report').items.find((item: { item: string }) => item.item === 'Documentation updated');

  it('proves documentation since the newest published release, not the draft', async () => {
    const run = await verify();
    expect(docsItem(run)).toMatchObject({ verdict: 'met' });

    const draft = emulator.state.releases.find((release) => release.tag_name === 'v1.0.5')!;
    Object.assign(draft, { draft: false, published_at: '2026-10-11T10:00:00Z' });
    const published = await verify();
    expect(docsItem(published)).toMatchObject({ verdict: 'unmet' });
    expect(docsItem(published).reason).toMatch(/no documentation changed since v1\.0\.5/);
  });
});
