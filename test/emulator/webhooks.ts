/**
 * Webhook event payloads from @octokit/webhooks-examples, for tests that hand an action its
 * GITHUB_EVENT_PATH.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface WebhookExamples {
  name: string;
  examples: Array<Record<string, unknown>>;
}

const require = createRequire(import.meta.url);
let cached: WebhookExamples[] | undefined;

function allExamples(): WebhookExamples[] {
  cached ??= JSON.parse(readFileSync(require.resolve('@octokit/webhooks-examples'), 'utf8')) as WebhookExamples[];
  return cached;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects merge recursively; arrays and scalars from `overrides` replace. */
function deepMerge(base: Record<string, unknown>, overrides: Record<string, unknown>): Record<string, unknown> {
  const out = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = out[key];
    out[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : structuredClone(value);
  }
  return out;
}

/**
 * A deployment review's outcome from the 'requested' example: the package has no approved or
 * rejected example, so the payload is reshaped after GitHub's webhook-deployment-review-approved
 * (and -rejected) schema: the requestor becomes the approver and sole reviewer (that schema only
 * allows User reviewers, the example's is a Team), and the job run is also listed.
 */
function reviewedDeployment(group: WebhookExamples, action: string): Record<string, unknown> | undefined {
  const requested = group.examples.find((payload) => payload.action === 'requested');
  if (!requested) return undefined;
  const { environment: _environment, requestor, workflow_job_run: jobRun, ...rest } = structuredClone(requested);
  return {
    ...rest,
    action,
    approver: requestor,
    comment: '',
    reviewers: [{ type: 'User', reviewer: structuredClone(requestor) }],
    workflow_job_run: jobRun,
    workflow_job_runs: [jobRun],
  };
}

/** Payloads for `event.action`s the examples package lacks, derived from a sibling example. */
const derived: Record<string, (group: WebhookExamples) => Record<string, unknown> | undefined> = {
  'deployment_review.approved': (group) => reviewedDeployment(group, 'approved'),
  'deployment_review.rejected': (group) => reviewedDeployment(group, 'rejected'),
};

/**
 * A webhook event payload chosen by event name and `action` (the first example with that
 * action; with no action, the first example), deep-cloned, with `overrides` deep-merged in.
 */
export function webhookPayload(event: string, action: string | undefined, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const group = allExamples().find((entry) => entry.name === event);
  if (!group) throw new Error(`no webhook examples for event "${event}"`);
  // Without an action, events that have actions (pull_request...) fall back to their first example.
  const chosen =
    group.examples.find((payload) => payload.action === action) ?? (action === undefined ? group.examples[0] : derived[`${event}.${action}`]?.(group));
  if (!chosen) {
    const actions = [...new Set(group.examples.map((payload) => String(payload.action)))].join(', ');
    throw new Error(`no "${event}" webhook example with action "${String(action)}" (available: ${actions})`);
  }
  return deepMerge(structuredClone(chosen), overrides);
}
