// The smoke-test section of the policy schema: a check (HTTP or command) with its
// expectations, and the section's settings.
import { z } from 'zod';

const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
const HTTP_ONLY_KEYS = ['method', 'headers', 'body', 'follow-redirects'] as const;
const HTTP_EXPECT_KEYS = ['status', 'body-contains', 'body-not-contains', 'body-matches', 'json', 'headers', 'max-latency-ms'] as const;
const COMMAND_EXPECT_KEYS = ['exit-code', 'output-contains'] as const;

function expectationSchemas() {
  const statusSchema = z.union([z.number().int().min(100).max(599), z.string().regex(/^[1-5]xx$/, 'expected a status code or a class such as 2xx')]);
  const textOrList = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
  const regexText = z.string().min(1).refine(isRegex, 'expected a valid regular expression');
  /** A JSON assertion: a value the path must equal, or `{ equals | exists | matches }`. */
  const jsonAssertionSchema = z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.strictObject({ equals: z.unknown().optional(), exists: z.boolean().optional(), matches: regexText.optional() }),
  ]);

  /** One smoke check: an HTTP request (`url`) or a command (`run`), and what it must show. */
  return { statusSchema, textOrList, regexText, jsonAssertionSchema };
}

export function smokeCheckSection() {
  const { statusSchema, textOrList, regexText, jsonAssertionSchema } = expectationSchemas();
  const smokeCheckSchema = z
    .strictObject({
      name: z.string().trim().min(1),
      url: z.string().trim().min(1).optional(),
      run: z.array(z.string()).min(1).optional(),
      method: z.enum(HTTP_METHODS).optional(),
      headers: z.record(z.string(), z.string()).optional(),
      body: z.union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())]).optional(),
      'follow-redirects': z.boolean().optional(),
      expect: z
        .strictObject({
          status: z.union([statusSchema, z.array(statusSchema).min(1)]).optional(),
          'body-contains': textOrList.optional(),
          'body-not-contains': textOrList.optional(),
          'body-matches': regexText.optional(),
          json: z.record(z.string().regex(/^\$/, 'expected a JSON path starting with $'), jsonAssertionSchema).optional(),
          headers: z.record(z.string(), z.union([z.string(), z.strictObject({ matches: regexText })])).optional(),
          'max-latency-ms': z.number().int().positive().optional(),
          'exit-code': z.number().int().optional(),
          'output-contains': textOrList.optional(),
        })
        .prefault({}),
      retries: z.number().int().min(0).max(100).default(3),
      'timeout-ms': z.number().int().positive().max(600_000).default(10_000),
      severity: z.enum(['critical', 'warn']).default('critical'),
      'stable-passes': z.number().int().min(1).max(100).optional(),
    })
    .superRefine((check, ctx) => {
      if ((check.url === undefined) === (check.run === undefined)) {
        ctx.addIssue({ code: 'custom', path: [], message: 'needs exactly one of url (an HTTP check) or run (a command check)' });
        return;
      }
      const isHttp = check.url !== undefined;
      if (isHttp && !/^https?:\/\/[^/]/i.test(check.url ?? '') && !check.url?.startsWith('/')) {
        ctx.addIssue({ code: 'custom', path: ['url'], message: `expected an http(s) URL or a path starting with /; got "${check.url}"` });
      } else if (isHttp && /^https?:/i.test(check.url ?? '') && !URL.canParse((check.url ?? '').replace(/\$\{[A-Za-z_][A-Za-z0-9_]*\}/g, 'x'))) {
        ctx.addIssue({ code: 'custom', path: ['url'], message: `is not a valid URL: "${check.url}"` });
      }
      const misplaced = isHttp
        ? COMMAND_EXPECT_KEYS.filter((key) => check.expect[key] !== undefined).map((key) => ['expect', key])
        : [
            ...HTTP_ONLY_KEYS.filter((key) => check[key] !== undefined).map((key) => [key]),
            ...HTTP_EXPECT_KEYS.filter((key) => check.expect[key] !== undefined).map((key) => ['expect', key]),
          ];
      for (const path of misplaced) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: isHttp ? 'applies to command checks (run), not HTTP checks' : 'applies to HTTP checks (url), not command checks',
        });
      }
    });

  return smokeCheckSchema;
}

export function smokeTestSection(smokeChecksSchema: z.ZodArray<ReturnType<typeof smokeCheckSection>>) {
  const smokeTestSchema = z.strictObject({
    url: z
      .string()
      .trim()
      .regex(/^https?:\/\//, 'expected an http(s) URL')
      .optional()
      .describe('Base URL for checks with a relative `url`; the `url` input overrides it.'),
    concurrency: z.number().int().min(1).max(64).default(4),
    'deadline-seconds': z.number().positive().max(3600).default(300).describe("The whole suite's deadline, retries included."),
    'warm-up-seconds': z.number().min(0).max(1800).default(0).describe('Wait up to this long for the service to answer at all before the first check.'),
    'stable-passes': z.number().int().min(1).max(100).default(1).describe('Consecutive passes a check needs (a stability window for flapping services).'),
    'retry-delay-ms': z.number().int().min(1).max(60_000).default(500).describe('First wait between attempts; it doubles each time, with jitter, up to 10 s.'),
    checks: smokeChecksSchema.default([]),
  });

  return smokeTestSchema;
}

function isRegex(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}
