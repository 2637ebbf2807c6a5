import { setFlagsFromString } from 'node:v8';

for (const flag of (process.env.RG_TMP_FLAGS ?? '').split(' ').filter(Boolean)) setFlagsFromString(flag);
const { taskItems } = await import('../packages/markdown/src/index');
const fill = (unit: string) => unit.repeat(Math.floor(65536 / unit.length));
taskItems('- [x] warm up\n'.repeat(100));
for (const [name, body] of [
  ['task items', fill('- [x] a\n')],
  ['open brackets', fill('[')],
  ['deep quote lines', fill(`${'>'.repeat(40)} - [x] a\n`)],
] as const) {
  const t = performance.now();
  taskItems(body);
  console.log(name, (performance.now() - t).toFixed(0), 'ms');
}
