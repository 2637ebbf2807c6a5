// The policy as the job log tells it: which files it came from, so an auditor can see what
// the run was held to.
import type { Policy } from './load';

export function describePolicy(policy: Policy): string[] {
  const { policyFile, roleDocument } = policy;
  return [
    policyFile.found ? `Policy file: ${policyFile.path}` : `Policy file: ${policyFile.path} does not exist; the defaults apply`,
    `Role document: ${roleDocument.origin === 'built-in' ? 'the built-in Release Manager Role document' : roleDocument.path} (GOVERNANCE_VERSION ${roleDocument.version})`,
  ];
}
