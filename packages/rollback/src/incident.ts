// The incident record a rollback leaves: the repository's template (or a built-in one)
// filled with what happened. Reason and other user text are markdown-escaped: they cannot
// inject HTML, links or headings, break the table they stand in, or mention anyone.
import { inertText, markdownText, markdownUrl, shortSha } from '@release-governance/render';

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

export function incidentTitle(facts: IncidentFacts): string {
  // A title is plain text, but it still must be one line without controls or pings.
  const reason = inertText(facts.reason).replace(/\s+/g, ' ').trim();
  return `Rollback of ${inertText(facts.environment)} to ${shortSha(facts.to.sha)}: ${reason.length > 80 ? `${reason.slice(0, 80)}…` : reason}`;
}

/**
 * Fills `{{placeholders}}` of the template. A template with none gets the built-in facts
 * table above its own text, so the record is complete either way. `marker` (an HTML
 * comment) lets a re-run find and update this issue.
 */
export function incidentBody(template: string, facts: IncidentFacts, marker: string): string {
  const values: Record<string, string> = {
    environment: markdownText(facts.environment),
    from: facts.from ? `\`${shortSha(facts.from.sha)}\` (deployment ${facts.from.deploymentId})` : 'unknown',
    to: `\`${shortSha(facts.to.sha)}\`${facts.to.ref !== facts.to.sha ? ` (${markdownText(facts.to.ref)})` : ''}`,
    deployment: facts.deploymentId === undefined ? 'not created' : String(facts.deploymentId),
    result: markdownText(facts.result),
    smoke: markdownText(facts.smoke),
    command: markdownText(facts.command),
    actor: markdownText(facts.actor),
    reason: markdownText(inertText(facts.reason).replace(/\s+/g, ' ').trim()),
    run: markdownUrl(facts.runUrl),
    time: facts.at,
  };
  const fill = (source: string) => source.replace(/\{\{\s*([a-z]+)\s*\}\}/g, (match, key: string) => values[key] ?? match);
  const body = /\{\{\s*[a-z]+\s*\}\}/.test(template) ? fill(template) : `${fill(BUILT_IN_INCIDENT_TEMPLATE.split('\n## Communicate')[0] ?? '')}\n${template}`;
  return `${marker}\n${body}`;
}
