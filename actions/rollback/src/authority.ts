// Only a human release manager may roll back: the person who dispatched the run and, on
// a re-run, the person who re-ran it, judged by require-human-approver's own rules.
import { type Judgement, judgeCandidate, roleRules } from '@release-governance/approval';
import { type GitHubClient, gitHubRoleDirectory, type RunContext } from '@release-governance/github';
import type { ApproverSettings } from '@release-governance/policy';

export async function judgeDispatchers(client: GitHubClient, context: RunContext, approvers: ApproverSettings): Promise<Judgement[]> {
  const directory = gitHubRoleDirectory(client, context.owner, context.repo);
  const rules = roleRules(approvers);
  const logins = [...new Set([context.actor, context.triggeringActor].filter(Boolean))];
  const judgements: Judgement[] = [];
  for (const login of logins) {
    const account = { login, type: await accountType(client, context, login) };
    judgements.push(await judgeCandidate({ login, account, via: 'dispatch', url: context.runUrl }, rules, {}, directory));
  }
  return judgements;
}

/** The event's sender carries its type; anyone else is looked up. */
async function accountType(client: GitHubClient, context: RunContext, login: string): Promise<string | undefined> {
  const sender = context.payload.sender as { login?: string; type?: string } | undefined;
  if (sender?.login?.toLowerCase() === login.toLowerCase()) return sender.type;
  const data = await client.request('GET /users/{username}', { username: login }, 'metadata: read');
  return data.type;
}
