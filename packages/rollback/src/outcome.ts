// What a rollback's result means for the step: the one rule for whether it succeeded.

export type RollbackResult = 'success' | 'failure' | 'error' | 'dry-run' | 'refused';

/** A dry run succeeds: it wrote nothing and was asked to write nothing. Anything else but a success fails the step. */
export function rollbackSucceeded(result: RollbackResult): boolean {
  return result === 'success' || result === 'dry-run';
}
