/** One thing wrong with a policy file, located as precisely as the file allows. */
export interface PolicyProblem {
  file: string;
  line?: number;
  column?: number;
  /** Dotted path of the field, e.g. `checklist.items[2].evidence`. */
  field?: string;
  message: string;
  /** `input` when `file` names an action input rather than a repository file. */
  origin?: 'file' | 'input';
}

export function formatProblem(problem: PolicyProblem): string {
  let where = problem.file;
  if (problem.line !== undefined) where += `:${problem.line}`;
  if (problem.line !== undefined && problem.column !== undefined) where += `:${problem.column}`;
  return problem.field ? `${where} ${problem.field}: ${problem.message}` : `${where}: ${problem.message}`;
}

/** Thrown when the policy cannot be used; carries every problem found, not just the first. */
export class PolicyError extends Error {
  constructor(readonly problems: PolicyProblem[]) {
    super(`The release policy cannot be used:\n${problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`);
    this.name = 'PolicyError';
  }

  /** One error annotation per problem, placed on the file and line where it stands. */
  annotations() {
    return this.problems.map((problem) => ({
      level: 'error' as const,
      title: 'Release policy',
      message: problem.field ? `${problem.field}: ${problem.message}` : problem.message,
      file: problem.origin === 'input' ? undefined : problem.file,
      line: problem.origin === 'input' ? undefined : problem.line,
      column: problem.origin === 'input' ? undefined : problem.column,
    }));
  }
}

export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}
