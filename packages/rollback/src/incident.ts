// The incident record a rollback leaves: the repository's template (or a built-in one)
// filled with what happened. Reason and other user text are escaped: they cannot inject
// HTML, break the markdown or mention anyone.
import { text } from '@release-governance/report';

export interface IncidentFacts {
  environment: string;
  from?: { sha: string; deploymentId: number };
  to: { sha: string; ref: string };
  deploymentId?: number;
  actor: string;
  reason: string;
  runUrl: string;
  result: string;
  smoke: string;
  command: string;
  at: string;
}

/** The incident-response and post-mortem steps of the Release Manager Role document. */
export const BUILT_IN_INCIDENT_TEMPLATE = `## Rollback of {{environment}}

| | |
|---|---|
| Environment | {{environment}} |
| Rolled back from | {{from}} |
| Rolled back to | {{to}} |
| Deployment | {{deployment}} |
| Result | {{result}} |
| Smoke tests | {{smoke}} |
| Command | {{command}} |
| Started by | {{actor}} |
| Reason | {{reason}} |
| Workflow run | {{run}} |
| Time | {{time}} |

## Communicate
- [ ] Notify stakeholders
- [ ] Update status page
- [ ] Provide timeline
- [ ] Document resolution

## Post-mortem
- [ ] Analyze root cause
- [ ] Document lessons learned
- [ ] Update procedures
- [ ] Prevent recurrence
`;

const short = (sha: string) => sha.slice(0, 7);

export function incidentTitle(facts: IncidentFacts): string {
  const reason = facts.reason.replace(/\s+/g, ' ').trim();
  return `Rollback of ${facts.environment} to ${short(facts.to.sha)}: ${reason.length > 80 ? `${reason.slice(0, 80)}…` : reason}`;
}

/**
 * Fills `{{placeholders}}` of the template. A template with none gets the built-in facts
 * table above its own text, so the record is complete either way. `marker` (an HTML
 * comment) lets a re-run find and update this issue.
 */
export function incidentBody(template: string, facts: IncidentFacts, marker: string): string {
  const values: Record<string, string> = {
    environment: text(facts.environment),
    from: facts.from ? `\`${short(facts.from.sha)}\` (deployment ${facts.from.deploymentId})` : 'unknown',
    to: `\`${short(facts.to.sha)}\`${facts.to.ref !== facts.to.sha ? ` (${text(facts.to.ref)})` : ''}`,
    deployment: facts.deploymentId === undefined ? 'not created' : String(facts.deploymentId),
    result: text(facts.result),
    smoke: text(facts.smoke),
    command: text(facts.command),
    actor: text(facts.actor),
    reason: text(facts.reason.replace(/\s+/g, ' ').trim()),
    run: facts.runUrl,
    time: facts.at,
  };
  const fill = (source: string) => source.replace(/\{\{\s*([a-z]+)\s*\}\}/g, (match, key: string) => values[key] ?? match);
  const body = /\{\{\s*[a-z]+\s*\}\}/.test(template) ? fill(template) : `${fill(BUILT_IN_INCIDENT_TEMPLATE.split('\n## Communicate')[0] ?? '')}\n${template}`;
  return `${marker}\n${body}`;
}
