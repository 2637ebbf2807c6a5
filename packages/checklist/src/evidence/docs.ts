// `docs` evidence: a documentation file changed since the previous release.
import { plural } from '@release-governance/render';
import picomatch from 'picomatch';
import { type EvidenceResult, nameSome, type ReleaseRangeInfo } from './result';

export function evaluateDocs(input: {
  range: ReleaseRangeInfo;
  /** Files changed in the range; for a first release, the files of the tree. */
  files: string[];
  paths: string[];
}): EvidenceResult {
  const isDoc = picomatch(input.paths, { dot: true });
  const docs = input.files.filter((file) => isDoc(file));
  const where = input.range.from ? `changed since ${input.range.from}` : 'present (first release)';
  if (docs.length === 0) {
    return {
      kind: 'docs',
      proven: false,
      summary:
        `no documentation ${where}: no file matches ${input.paths.join(', ')} ` +
        `(${plural(input.files.length, 'file')} ${input.range.from ? 'changed' : 'in the tree'})`,
      details: [],
    };
  }
  const details = docs.map((file) => ({ text: file, ok: true }));
  return {
    kind: 'docs',
    proven: true,
    summary: `${plural(docs.length, 'documentation file')} ${where}: ${nameSome(details)}`,
    details,
  };
}
