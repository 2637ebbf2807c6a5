// The rollback's record: the deployment's final status, the retired deployment, and the
// incident issue, each attempted even when another fails. The deployment rolled back from is
// retired only once the rollback's own final status is written: otherwise GitHub would show
// no live deployment at all.
import { repositoryFileReader, setDeploymentStatus } from '@release-governance/github';
import { shortSha } from '@release-governance/render';
import { BUILT_IN_INCIDENT_TEMPLATE, incidentBody, incidentTitle, type RollbackResult, type RollbackStep } from '@release-governance/rollback';
import type { Execution } from './execute';
import { incidentMarker, writeIncident } from './incident';
import type { Plan, Rollback, Target } from './prepare';

interface Recorded {
  steps: RollbackStep[];
  result: RollbackResult;
  incident?: { number: number; url: string };
  /** What GitHub shows when the record could not be finished, and what to do by hand. */
  byHand?: string;
}

/** Runs each write as a step: done with what it says, or failed with the error. */
class Steps {
  readonly steps: RollbackStep[] = [];
  failed = false;

  async attempt(step: string, write: () => Promise<string>): Promise<boolean> {
    try {
      this.steps.push({ step, result: 'done', details: await write() });
      return true;
    } catch (error) {
      this.failed = true;
      this.steps.push({ step, result: 'failed', details: error instanceof Error ? error.message : String(error) });
      return false;
    }
  }
}

/** `rollback.client` here is the recorder: deaf to the cancellation, it ends when the runner's grace period does. */
export async function record(rollback: Rollback, target: Target, plan: Plan, execution: Execution): Promise<Recorded> {
  const written = new Steps();
  const byHand =
    execution.deploymentId === undefined ? undefined : await recordDeployment(rollback, target, execution.deploymentId, execution.verdict.state, written);
  const result: RollbackResult = written.failed ? 'error' : execution.verdict.state;
  let incident: Recorded['incident'];
  await written.attempt('Incident', async () => {
    incident = await writeIncidentRecord(rollback, target, plan, execution, result);
    return `${plan.incident ? 'updated' : 'opened'} #${incident.number}`;
  });
  return { steps: written.steps, result: written.failed ? 'error' : result, incident, byHand };
}

/** The final statuses; when the rollback's own could not be written, what to do by hand. */
async function recordDeployment(
  rollback: Rollback,
  target: Target,
  deploymentId: number,
  state: Execution['verdict']['state'],
  written: Steps,
): Promise<string | undefined> {
  const { client, context, settings } = rollback;
  const from = target.from;
  const ended = await written.attempt('Deployment status', async () => {
    await setDeploymentStatus(client, context, deploymentId, state, `Rollback to ${shortSha(target.to.sha)}: ${state}`);
    return `deployment ${deploymentId} is ${state}`;
  });
  if (!ended) {
    if (from)
      written.steps.push({ step: 'Rolled-back deployment', result: 'skipped', details: `deployment ${from.id} (${shortSha(from.sha)}) left as it was` });
    return (
      `GitHub still shows rollback deployment ${deploymentId} of ${settings.environment} as in_progress: its final status (${state}) could not be written` +
      `${from ? `, so deployment ${from.id} (${shortSha(from.sha)}) was left as it was` : ''}. ` +
      `Set it by hand: gh api repos/${context.owner}/${context.repo}/deployments/${deploymentId}/statuses -f state=${state}` +
      `${state === 'success' && from ? `, then the same for deployment ${from.id} with -f state=${settings['rolled-back-from']}` : ''}.`
    );
  }
  if (state === 'success' && from) {
    const retired = settings['rolled-back-from'];
    await written.attempt('Rolled-back deployment', async () => {
      await setDeploymentStatus(client, context, from.id, retired, `Rolled back to ${shortSha(target.to.sha)} by deployment ${deploymentId}`);
      return `deployment ${from.id} (${shortSha(from.sha)}) marked ${retired}`;
    });
  }
  return undefined;
}

async function writeIncidentRecord(rollback: Rollback, target: Target, plan: Plan, execution: Execution, result: RollbackResult) {
  const { client, context, settings } = rollback;
  const template = (await repositoryFileReader(client, context.owner, context.repo, context.sha)(settings.incident.template)) ?? BUILT_IN_INCIDENT_TEMPLATE;
  const facts = {
    environment: settings.environment,
    from: target.from && { sha: target.from.sha, deploymentId: target.from.id },
    to: target.to,
    deploymentId: execution.deploymentId,
    actor: context.triggeringActor,
    reason: rollback.reason,
    runUrl: context.runUrl,
    result,
    smoke: execution.verdict.smoke,
    command: plan.command.join(' '),
    at: new Date().toISOString(),
  };
  return writeIncident(client, context, settings, plan.incident, incidentTitle(facts), incidentBody(template, facts, incidentMarker(context.runId)));
}
