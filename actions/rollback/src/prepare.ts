// The rollback's stages before its first write: who (authority), what (the target) and how
// (the plan). Each returns its steps for the report; `stop` says the rollback ends there.
import * as core from '@actions/core';
import { describeJudgement } from '@release-governance/approval';
import { deploymentStatusReader, environmentDeployments, type GitHubClient, type RunContext } from '@release-governance/github';
import type { Policy, RollbackSettings } from '@release-governance/policy';
import { shortSha } from '@release-governance/render';
import { type DeploymentRecord, findRollbackTarget, type RollbackResult, type RollbackStep } from '@release-governance/rollback';
import { type Plans, planChecks } from '@release-governance/smoke';
import { judgeDispatchers } from './authority';
import { immutableRef, resolveTargetInput } from './deployments';
import { findIncident } from './incident';

/** What every stage of a rollback reads from. */
export interface Rollback {
  client: GitHubClient;
  context: RunContext;
  policy: Policy;
  settings: RollbackSettings;
  reason: string;
}

/** A stage's steps; `stop` when the rollback ends after it, with that result. */
export interface Staged {
  steps: RollbackStep[];
  stop?: RollbackResult;
}

export interface Target {
  from?: DeploymentRecord;
  to: { sha: string; ref: string };
}

export interface Plan {
  command: string[];
  smoke: Plans;
  smokeBaseUrl?: string;
  incident?: { number: number; url: string };
}

/** 1. Who: refused before anything is written. */
export async function checkAuthority({ client, context, policy }: Rollback): Promise<Staged> {
  const judgements = await judgeDispatchers(client, context, policy.approvers);
  const refused = judgements.some((judgement) => judgement.verdict === 'rejected');
  return {
    steps: [{ step: 'Authority', result: refused ? 'failed' : 'done', details: judgements.map(describeJudgement).join('; ') }],
    stop: refused ? 'refused' : undefined,
  };
}

/** 2. What: the current deployment and the one to go back to, reading the history only as far as needed. */
export async function chooseTarget({ client, context, settings }: Rollback, targetInput: string): Promise<Staged & { target?: Target }> {
  const { environment } = settings;
  const found = await findRollbackTarget(environment, environmentDeployments(client, context, environment), deploymentStatusReader(client, context));
  const chosen = targetInput
    ? await resolveTargetInput(client, context, environment, targetInput)
    : found.lastGood && { sha: found.lastGood.sha, ref: found.lastGood.ref, deploymentId: found.lastGood.id };
  if (!chosen || (found.current && chosen.sha === found.current.sha)) {
    const problem = chosen ? `${shortSha(chosen.sha)} is already the current deployment of ${environment}` : (found.problem ?? 'no target');
    return { steps: [{ step: 'Target', result: 'failed', details: problem }], stop: 'failure' };
  }
  const to = { sha: chosen.sha, ref: await immutableRef(client, context, chosen.sha, chosen.ref) };
  const fromText = found.current ? `${shortSha(found.current.sha)} (deployment ${found.current.id})` : 'no active deployment';
  const why = targetInput ? `input target ${targetInput}` : `last good deployment ${chosen.deploymentId}`;
  return { steps: [{ step: 'Target', result: 'done', details: `${fromText} → ${describeTo(to)} (${why})` }], target: { from: found.current, to } };
}

const describeTo = (to: Target['to']) => `${shortSha(to.sha)}${to.ref !== to.sha ? ` (${to.ref})` : ''}`;

/** 3. How: the command and the smoke checks; a dry run stops here with what it would do. */
export async function planRollback(rollback: Rollback, target: Target, inputs: { url: string; dryRun: boolean }): Promise<Staged & { plan?: Plan }> {
  const { client, context, policy, settings } = rollback;
  const command = settings.command;
  const smokeBaseUrl = inputs.url || policy.smokeTest.url;
  const smoke = planChecks(policy.smokeTest.checks, { baseUrl: smokeBaseUrl, env: process.env, stablePasses: policy.smokeTest['stable-passes'] });
  for (const secret of smoke.secrets) core.setSecret(secret);
  const blockers = [...(command ? [] : ['no deploy command: set the `command` input or rollback.command in the policy']), ...smoke.problems];
  if (blockers.length > 0) return { steps: [{ step: 'Plan', result: 'failed', details: blockers.join('; ') }], stop: 'failure' };
  const plan = { command: command ?? [], smoke, smokeBaseUrl, incident: await findIncident(client, context, settings) };
  if (!inputs.dryRun) return { steps: [], plan };
  const checks = smoke.plans.length;
  const steps: RollbackStep[] = [
    { step: 'Deployment', result: 'planned', details: `would create a deploy:rollback deployment of ${describeTo(target.to)} to ${settings.environment}` },
    { step: 'Command', result: 'planned', details: plan.command.join(' ') },
    { step: 'Smoke tests', result: checks > 0 ? 'planned' : 'skipped', details: checks > 0 ? `${checks} checks` : 'no checks configured' },
    { step: 'Incident', result: 'planned', details: plan.incident ? `would update #${plan.incident.number}` : 'would open an incident issue' },
  ];
  return { steps, stop: 'dry-run', plan };
}
