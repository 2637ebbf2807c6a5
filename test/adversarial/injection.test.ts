// Injection corpus: hostile titles, subjects, bodies, reasons, check names and alert texts
// pushed through every action that writes user text, the bundles run as the runner runs
// them. Every output is read back the way GitHub reads it (markdown through a GFM parser,
// entities decoded, HTML tags listed) and must hold no mention, raw HTML, non-http(s)
// link, fake heading, line-breaking or bidi control, and stdout no injected workflow command.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseAsGitHubRenders } from '../../packages/markdown/src/index';
import { type Emulator, type EmulatorState, startEmulator, webhookPayload } from '../emulator';
import { deployment, rollbackRepository } from '../fixtures/deployments';
import { RELEASE_HEAD, RUN_ID, releasePullRequestEvent, releaseScenario } from '../fixtures/release-scenario';
import { type ActionRun, REPO_ROOT, runAction, shaOf } from '../helpers/run-action';
import { startService, type TestService } from '../helpers/service';

/** Each entry is one attack; the actions get them joined so that each starts a line of its own. */
const CORPUS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '[x](javascript:alert(1))',
  '<javascript:alert(1)>',
  '![i](data:text/html;base64,PHNjcmlwdD4=)',
  '@octocat',
  '&#64;octocat',
  '@acme/team',
  '\r## fake heading',
  '\u2028# fake heading 2',
  '::error::pwned',
  '::add-mask::hunter2',
  'admin\u202e\u2066txt.exe\u2069\u202c',
  '| table | break |',
  '`user_id` ``x`',
  '<!-- comment -->',
  '**bold** _em_ ~~strike~~',
];
/** One line for fields that cannot hold a newline (a title): a CR separates instead. */
const HOSTILE = CORPUS.join(' \r');
/** Many lines for fields that can (bodies, reasons, check output). */
const HOSTILE_LINES = CORPUS.join('\n');
/** Workflow commands the corpus tries to start a stdout line with. */
const INJECTED_COMMANDS = CORPUS.filter((entry) => entry.startsWith('::'));
const LOGIN_AFTER_AT = /@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9._-]+)?)/g;
const FORBIDDEN_CHARACTERS = /[\r\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

interface Allowed {
  /** Logins and teams the suite itself mentions (credits, who may approve). */
  mentions?: string[];
  /** Heading texts the suite writes. */
  headings?: (string | RegExp)[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decodeEntities(html: string): string {
  return html.replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z]+);/g, (match, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? match;
  });
}

function expectNoMention(text: string, allowed: Allowed, where: string): void {
  for (const match of text.matchAll(LOGIN_AFTER_AT)) {
    expect(allowed.mentions ?? [], `${where}: mentions @${match[1]} in ${JSON.stringify(text.slice(0, 200))}`).toContain(match[1]);
  }
}

function expectHeadingAllowed(heading: string, allowed: Allowed, where: string): void {
  const ok = (allowed.headings ?? []).some((candidate) => (typeof candidate === 'string' ? candidate === heading : candidate.test(heading)));
  expect(ok, `${where}: a heading the suite did not write: ${JSON.stringify(heading)}`).toBe(true);
}

const SUITE_TAGS = new Set(['h2', 'h3', 'p', 'ul', 'li', 'table', 'tr', 'td', 'th', 'code', 'strong', 'a', 'br', 'details', 'summary']);
const SUITE_MARKER = /^<!-- release-governance:[a-z-]+ [^<>]*-->$/;

/** HTML as GitHub reads it: only the suite's tags, http(s) hrefs, and no mention in the decoded text. */
function expectInertHtml(html: string, allowed: Allowed, where: string): void {
  for (const tag of html.matchAll(/<(\/?)([A-Za-z][\w-]*)|<!--/g)) {
    expect(
      tag[0] !== '<!--' && SUITE_TAGS.has(tag[2]!.toLowerCase()),
      `${where}: raw HTML ${JSON.stringify(tag[0])} in ${JSON.stringify(html.slice(0, 300))}`,
    ).toBe(true);
    if (tag[2]?.toLowerCase() === 'h2' || tag[2]?.toLowerCase() === 'h3') {
      if (!tag[1]) expectHeadingAllowed(decodeEntities(html.slice(tag.index! + tag[0].length + 1).split(/<\/h[23]>/)[0]!), allowed, where);
    }
  }
  for (const attribute of html.matchAll(/\s([a-z-]+)\s*=\s*"([^"]*)"/gi)) {
    expect(attribute[1]!.toLowerCase(), `${where}: attribute ${attribute[0]}`).toBe('href');
    expect(decodeEntities(attribute[2]!), `${where}: link to ${attribute[2]}`).toMatch(/^https?:\/\//i);
  }
  expectNoMention(decodeEntities(html.replace(/<[^>]*>/g, ' ')), allowed, where);
}

/** Markdown as GitHub reads it (GFM): no raw HTML but the suite's marker, http(s) links only, known headings, no mention. */
function expectInertMarkdown(markdown: string, allowed: Allowed, where: string): void {
  expect(markdown, `${where}: a control, separator or bidi character survived`).not.toMatch(FORBIDDEN_CHARACTERS);
  const text = (node: any): string => (node.type === 'text' || node.type === 'inlineCode' ? node.value : (node.children ?? []).map(text).join(''));
  const visit = (node: any): void => {
    if (node.type === 'html') {
      // The summaries are HTML blocks: judged as HTML. Anything else must be the suite's marker.
      if (SUITE_MARKER.test(node.value.trim())) return;
      expectInertHtml(node.value, allowed, where);
      return;
    }
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      expect(node.type, `${where}: ${node.type} to ${node.url}`).toBe('link');
      expect(node.url, `${where}: link to ${node.url}`).toMatch(/^https?:\/\//i);
    }
    if (node.type === 'heading') expectHeadingAllowed(text(node), allowed, where);
    if (node.type === 'text') expectNoMention(node.value, allowed, where);
    (node.children ?? []).forEach(visit);
  };
  visit(parseAsGitHubRenders(markdown));
}

/** Stdout: the only lines starting with `::` are the action's own commands, none of them the corpus's. */
function expectNoInjectedCommands(stdout: string, where: string): void {
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('::')) continue;
    expect(line, `${where}: stdout line is not one of the action's own commands`).toMatch(/^::(error|warning|notice|debug|add-mask|group|endgroup)( [^:]*)?::/);
    for (const injected of INJECTED_COMMANDS) expect(line.startsWith(injected), `${where}: injected ${JSON.stringify(line)}`).toBe(false);
  }
}

/** Outputs: only the declared names (no line of user text became an output of its own). */
function expectDeclaredOutputs(action: string, run: ActionRun): void {
  const declared = Object.keys((parse(readFileSync(join(REPO_ROOT, 'actions', action, 'action.yml'), 'utf8')) as { outputs?: object }).outputs ?? {});
  for (const name of Object.keys(run.outputs)) expect(declared, `${action}: output ${name}`).toContain(name);
}

/** Annotations (the failure message): user text adds no line of its own, and no control or bidi character. */
function expectInertAnnotations(action: string, run: ActionRun): void {
  // Read here, not with run.annotations: a raw U+2028 in a line must not hide the annotation.
  const messages = run.stdout.split('\n').flatMap((line) => {
    const match = /^::(error|warning|notice)( [^:]*)?::([\s\S]*)$/.exec(line);
    return match ? [match[3]!.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')] : [];
  });
  for (const message of messages) {
    expect(message, `${action} annotation`).not.toMatch(FORBIDDEN_CHARACTERS);
    // The first line may open with user text (a warn check's name); no later line may be user text's own.
    for (const line of message.split('\n').slice(1)) expect(line, `${action} annotation: a line of user text`).not.toMatch(/^\s*(#|::|<|\||`|\*\*|&#)/);
  }
}

function expectInertRun(action: string, run: ActionRun, allowed: Allowed): void {
  expectNoInjectedCommands(run.stdout, `${action} stdout`);
  expectInertAnnotations(action, run);
  expectInertMarkdown(run.summary, allowed, `${action} summary`);
  expectDeclaredOutputs(action, run);
}

async function withEmulator(fixture: Partial<EmulatorState>, body: (emulator: Emulator) => Promise<void>): Promise<void> {
  const emulator = await startEmulator(fixture);
  try {
    await body(emulator);
  } finally {
    await emulator.close();
  }
  expect(emulator.schemaViolations()).toEqual([]);
}

describe('the assertion helpers', () => {
  // The checks themselves must be able to fail: each catches the attack it is named for.
  it('catch every kind of injection they look for', () => {
    expect(() => expectInertMarkdown('- &#64;octocat', {}, 't')).toThrow(/mentions @octocat/);
    expect(() => expectInertMarkdown('- x @acme/team', {}, 't')).toThrow(/mentions @acme\/team/);
    expect(() => expectInertMarkdown('chore: bump\r## Security fix', { headings: [] }, 't')).toThrow();
    expect(() => expectInertMarkdown('text\n\n## fake heading\n', { headings: [] }, 't')).toThrow(/heading the suite did not write/);
    expect(() => expectInertMarkdown('[x](javascript:alert(1))', {}, 't')).toThrow(/link to javascript/);
    expect(() => expectInertMarkdown('<img src=x onerror=alert(1)>', {}, 't')).toThrow(/raw HTML/);
    expect(() => expectInertMarkdown('<p>&lt;b&gt; &#64;octocat</p>', {}, 't')).toThrow(/mentions @octocat/);
    expect(() => expectInertMarkdown('<p><a href="javascript:alert(1)">x</a></p>', {}, 't')).toThrow(/link to/);
    expect(() => expectInertMarkdown('a \u202eb', {}, 't')).toThrow(/bidi/);
    expect(() => expectNoInjectedCommands('ok\n::error::pwned\n', 't')).toThrow(/injected/);
    expect(() => expectNoInjectedCommands('::set-env name=x::y\n', 't')).toThrow(/own commands/);
    expect(() => expectInertMarkdown('- @\u200boctocat \\&#64;octocat `@octocat`\n\n<!-- release-governance:rollback run=1 -->', {}, 't')).not.toThrow();
  });
});

describe('user text is inert in every output', () => {
  it('release-notes: hostile pull request titles and commit subjects', async () => {
    const sha = (label: string) => shaOf(`inject ${label}`);
    const fixture: Partial<EmulatorState> = {
      commits: [
        { sha: sha('v1'), message: 'Initial', author: 'alice' },
        { sha: sha('pr'), message: 'Merge pull request #5', author: 'alice' },
        { sha: sha('direct'), message: `${HOSTILE}\n\n${HOSTILE_LINES}`, author: 'alice' },
      ],
      branches: { main: sha('direct') },
      tags: { 'v1.0.0': sha('v1') },
      files: { [sha('direct')]: { 'README.md': '#\n' } },
      releases: [{ id: 1, tag_name: 'v1.0.0', draft: false, prerelease: false, created_at: '2026-10-01T00:00:00Z', published_at: '2026-10-01T00:00:00Z' }],
      pulls: [
        {
          number: 5,
          title: HOSTILE,
          body: HOSTILE_LINES,
          user: { login: 'mallory' },
          state: 'closed',
          merged_at: '2026-11-01T10:00:00Z',
          head_sha: sha('head 5'),
          base_ref: 'main',
          merge_commit_sha: sha('pr'),
          commits: [sha('pr')],
          labels: [],
          author_association: 'FIRST_TIME_CONTRIBUTOR',
        },
      ],
      reviews: { 5: [{ user: { login: 'bob' }, state: 'APPROVED', commit_id: sha('head 5') }] },
    };
    await withEmulator(fixture, async (emulator) => {
      const run = await runAction('release-notes', {
        apiUrl: emulator.url,
        sha: sha('direct'),
        inputs: { to: sha('direct'), release: 'draft', tag: 'v1.1.0' },
      });
      expect(run.exitCode, run.stdout).toBe(0);
      const allowed: Allowed = {
        mentions: ['mallory', 'alice'],
        headings: [
          /^Release notes: /,
          'Breaking changes',
          'Features',
          'Fixes',
          'Performance',
          'Documentation',
          'Other Changes',
          'Release checks',
          'Contributors',
          'New contributors',
        ],
      };
      const release = emulator.state.releases.find((candidate) => candidate.tag_name === 'v1.1.0')!;
      expectInertRun('release-notes', run, allowed);
      for (const [where, markdown] of [
        ['notes output', run.outputs.notes!],
        ['release body', release.body ?? ''],
      ] as const) {
        expectInertMarkdown(markdown, allowed, `release-notes ${where}`);
        // Both hostile entries are listed, each on its one line, not dropped.
        expect(markdown.split('\n').filter((line) => line.includes('fake heading'))).toHaveLength(2);
      }
    });
  });

  it('rollback: a hostile reason in the incident issue, its title and the summary', async () => {
    const good = shaOf('inject good');
    const current = shaOf('inject current');
    const broken = shaOf('inject broken');
    const deployments = [deployment(1, good, 'production', ['success', 'inactive']), deployment(2, current, 'production', ['in_progress', 'success'])];
    await withEmulator(rollbackRepository({ good, current, broken }, deployments, good), async (emulator) => {
      const run = await runAction('rollback', {
        apiUrl: emulator.url,
        sha: broken,
        actor: 'carol',
        runId: 9200001,
        event: {
          name: 'workflow_dispatch',
          payload: webhookPayload('workflow_dispatch', undefined, {
            inputs: { environment: 'production', reason: 'x' },
            sender: { login: 'carol', type: 'User' },
          }),
        },
        inputs: { environment: 'production', reason: HOSTILE_LINES, command: JSON.stringify([process.execPath, '-e', 'process.exit(0)']) },
      });
      expect(run.outputs.result, run.stdout).toBe('success');
      const issue = emulator.state.issues.find((candidate) => candidate.body?.includes('release-governance:rollback'))!;
      expectInertRun('rollback', run, { headings: [/^Rollback of production: /] });
      expectInertMarkdown(issue.body ?? '', { headings: ['Rollback of production', 'Communicate', 'Post-mortem'] }, 'rollback incident body');
      expect(issue.title).not.toMatch(FORBIDDEN_CHARACTERS);
      expectNoMention(issue.title, {}, 'rollback incident title');
      // The reason is there, escaped, in its one table row.
      expect((issue.body ?? '').split('\n').filter((line) => line.startsWith('| Reason |'))).toEqual([expect.stringContaining('fake heading 2')]);
    });
  });

  it('require-human-approver: the approval issue, its comments and the summary', async () => {
    const base = shaOf('inject approver base');
    const policy = 'approvers:\n  teams: [acme/release-managers]\n  users: [dave]\n  issue:\n    poll-seconds: 0.2\n';
    const fixture: Partial<EmulatorState> = {
      commits: [{ sha: base, message: HOSTILE, author: 'alice', files: ['README.md'] }],
      branches: { main: base },
      files: { [base]: { 'README.md': '#\n', '.repo/policy/release.yml': policy } },
      teams: { 'acme/release-managers': { carol: 'active' } },
    };
    await withEmulator(fixture, async (emulator) => {
      const running = runAction('require-human-approver', {
        apiUrl: emulator.url,
        runId: 8200001,
        event: { name: 'workflow_dispatch', payload: webhookPayload('workflow_dispatch', undefined, { ref: 'refs/heads/main' }) },
        sha: base,
        inputs: { source: 'issue', 'issue-timeout-minutes': '0.5' },
      });
      let issue: EmulatorState['issues'][number] | undefined;
      for (let tries = 0; tries < 200 && !issue; tries++) {
        issue = emulator.state.issues.find((candidate) => candidate.body?.includes('release-governance:approval'));
        if (!issue) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(issue, 'the approval issue was opened').toBeDefined();
      (emulator.state.comments[issue!.number] ??= []).push(
        { user: { login: 'mallory', type: 'User' }, body: `${HOSTILE_LINES}\napprove` },
        { user: { login: 'carol', type: 'User' }, body: 'approve' },
      );
      const run = await running;
      expect(run.outputs.approved, run.stdout).toBe('true');
      expectInertRun('require-human-approver', run, { headings: [/^Release approval: /] });
      const written = [
        issue!.body ?? '',
        ...emulator.state.comments[issue!.number]!.filter((comment) => !['mallory', 'carol'].includes(comment.user?.login ?? '')).map(
          (comment) => comment.body ?? '',
        ),
      ];
      expect(written).toHaveLength(2);
      // Only the approvers the policy names may be pinged.
      for (const markdown of written) expectInertMarkdown(markdown, { mentions: ['dave', 'acme/release-managers'] }, 'require-human-approver issue');
    });
  });

  it('verify-checklist: hostile item texts, check names and alert texts', async () => {
    await withEmulator(releaseScenario(), async (emulator) => {
      for (const files of Object.values(emulator.state.files)) {
        files['.repo/policy/release.yml'] =
          `checklist:\n  items:\n    - text: ${JSON.stringify(HOSTILE)}\n      evidence: checks\n    - text: Security scans clean\n      evidence: security\n`;
      }
      emulator.state.checkRuns.push({
        head_sha: RELEASE_HEAD,
        name: HOSTILE,
        status: 'completed',
        conclusion: 'failure',
        details_url: 'javascript:alert(1)',
      } as EmulatorState['checkRuns'][number]);
      emulator.state.codeScanningAlerts = [
        { number: 7, state: 'open', rule: { id: 'js/xss', severity: 'error', security_severity_level: 'high', description: HOSTILE } },
      ];
      const body = `- [x] ${HOSTILE.replace(/\r/g, ' ')}\n- [x] Security scans clean\n`;
      const pull = emulator.state.pulls.find((candidate) => candidate.number === 42)!;
      pull.body = body;
      const run = await runAction('verify-checklist', { apiUrl: emulator.url, event: releasePullRequestEvent(body), runId: RUN_ID, inputs: { tag: 'v1.1.0' } });
      expect(run.exitCode).toBe(1);
      expectInertRun('verify-checklist', run, { headings: [/^Release checklist: /] });
      expect(run.summary).toContain('fake heading 2');
    });
  });

  it('smoke-test: hostile check names and response bodies', async () => {
    let service: TestService | undefined;
    try {
      service = await startService({ '/hostile': (_request, response) => void response.writeHead(500, { 'content-type': 'text/plain' }).end(HOSTILE_LINES) });
      const sha = shaOf('inject smoke');
      await withEmulator(
        { commits: [{ sha, message: 'Deploy', files: ['README.md'] }], branches: { main: sha }, files: { [sha]: { 'README.md': '#\n' } } },
        async (emulator) => {
          const checks = JSON.stringify([
            { name: HOSTILE, url: '/hostile', severity: 'warn', expect: { 'body-contains': 'ok' } },
            { name: HOSTILE_LINES, url: '/hostile', expect: { 'body-contains': 'ok' } },
          ]);
          const run = await runAction('smoke-test', { apiUrl: emulator.url, sha, inputs: { url: service!.url, checks } });
          expect(run.exitCode).toBe(1);
          expectInertRun('smoke-test', run, { headings: [/^Smoke tests: /] });
          expect(run.summary).toContain('fake heading 2');
        },
      );
    } finally {
      await service?.stop();
    }
  });
});
