// What the runner tells an action about the run it is in, read once.
import { context } from '@actions/github';

export interface RunContext {
  eventName: string;
  // biome-ignore lint/suspicious/noExplicitAny: the event payload is untyped JSON from the runner; each reader checks what it uses.
  payload: Record<string, any>;
  owner: string;
  repo: string;
  sha: string;
  ref: string;
  actor: string;
  triggeringActor: string;
  runId: number;
  serverUrl: string;
  /** Link to this workflow run, for summaries and records. */
  runUrl: string;
}

export function readRunContext(): RunContext {
  const { owner, repo } = context.repo;
  return {
    eventName: context.eventName,
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    payload: context.payload as Record<string, any>,
    owner,
    repo,
    sha: context.sha,
    ref: context.ref,
    actor: context.actor,
    triggeringActor: process.env.GITHUB_TRIGGERING_ACTOR || context.actor,
    runId: context.runId,
    serverUrl: context.serverUrl,
    runUrl: runUrl({ serverUrl: context.serverUrl, owner, repo }, context.runId),
  };
}

/** The page of a workflow run of the repository. */
export function runUrl(repository: Pick<RunContext, 'serverUrl' | 'owner' | 'repo'>, runId: number): string {
  return `${repository.serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}`;
}

export function isPullRequestEvent(eventName: string): boolean {
  return eventName === 'pull_request' || eventName === 'pull_request_target';
}

/** The tag being released, when the event is a tag push or a release. */
export function releaseTagOf(context: RunContext): string | undefined {
  if (context.eventName === 'release') return context.payload.release?.tag_name;
  return context.ref.startsWith('refs/tags/') ? context.ref.slice('refs/tags/'.length) : undefined;
}
