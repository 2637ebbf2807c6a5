// Action inputs that override one section of the policy for one run, validated by the
// same schema as the file, with errors that name the input.
import { PolicyError } from './problems';
import { type ReleasePolicyFile, releasePolicySchema } from './schema';
import { explain, resolveUnions, valueAt } from './yaml-file';

type Section = keyof typeof releasePolicySchema.shape;

/**
 * `overrides` maps setting names to values already converted from input text; undefined
 * entries (inputs left empty) keep the policy's value. `inputNames` maps a setting to the
 * input that set it, for the error message.
 */
export function applyInputOverrides<K extends Section>(
  section: K,
  current: ReleasePolicyFile[K],
  overrides: Record<string, unknown>,
  inputNames: Record<string, string>,
): ReleasePolicyFile[K] {
  const given = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  const merged = { ...(current as object), ...given };
  const result = releasePolicySchema.shape[section].safeParse(merged);
  if (result.success) return result.data as ReleasePolicyFile[K];
  throw new PolicyError(
    result.error.issues.flatMap(resolveUnions).map((issue) => {
      const key = String(issue.path[0] ?? '');
      const input = inputNames[key];
      return {
        origin: 'input' as const,
        file: input ? `input \`${input}\`` : `policy section ${section}`,
        field: input ? undefined : issue.path.join('.'),
        message: explain(issue, valueAt(merged, issue.path)),
      };
    }),
  );
}

/** A list input: comma- or newline-separated, blanks dropped; undefined when the input is empty. */
export function listInput(value: string): string[] | undefined {
  const items = value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length > 0 ? items : undefined;
}

/** A number input; the text itself when it is not a number, so the schema reports it. */
export function numberInput(value: string): number | string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
}
