import { BaseSequencer, type TestSpecification } from 'vitest/node';

/*
 * Files run several at a time, and a clean clone has no timings from an earlier run, so Vitest
 * would start with the biggest files on disk; the browser files that take longest are small (the
 * three engines' files are three lines each) and would start last, leaving a long tail. These
 * start first, longest first, as measured on this machine; the rest follow by size.
 */
const SLOWEST = [
  'e2e/quality',
  'e2e/result-page',
  'e2e/every-engine.webkit',
  'e2e/every-engine.chromium',
  'e2e/dated-links',
  'e2e/languages',
  'e2e/every-engine.firefox',
  'e2e/paths',
  'e2e/record-imports',
  'e2e/record-over-days',
  'e2e/never-blank',
  'e2e/rules-v3',
  'e2e/coach-kit',
  'e2e/check-ins',
];

const rank = (file: TestSpecification) => {
  const index = SLOWEST.findIndex((name) => file.moduleId.includes(`/tests/${name}.test.`));
  return index === -1 ? SLOWEST.length : index;
};

export default class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const bySize = await super.sort(files);
    return [...bySize].sort((a, b) => rank(a) - rank(b));
  }
}
