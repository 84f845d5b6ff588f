// npm run eval [-- --verbose] [-- --json] [-- --holdout | --dev]
// --holdout scores test/corpus/holdout/ instead: drafts written after the
// detectors were tuned, never to be used for tuning (read its README).
// --dev scores test/corpus/dev/: a second tuning set, written later than the
// main corpus by someone who had not seen the detectors.
// Runs the engine over the labelled corpus in test/corpus and prints precision,
// recall and F1 per finding kind. A measurement, not a test: it always exits 0
// unless the corpus itself cannot be read.
import { analyze } from '../../src/engine/analyze.ts';
import type { GuidelineSet } from '../../src/engine/types.ts';
import { TEST_SET } from '../unit/helpers/context.ts';
import {
  formatReport,
  loadCorpus,
  reportToJson,
  resolveSetLookup,
  score,
  standInSet,
  toContext,
  toDraft,
  type CorpusSetId,
  type Outcome,
} from './score.ts';

const args = new Set(process.argv.slice(2));
const verbose = args.has('--verbose') || args.has('-v');
const json = args.has('--json');

const subset = args.has('--holdout') ? 'holdout' : args.has('--dev') ? 'dev' : undefined;
const { records, errors } = subset ? loadCorpus(new URL(`../corpus/${subset}/`, import.meta.url).pathname) : loadCorpus();
if (errors.length > 0) {
  console.error(`The corpus has ${errors.length} problem(s):\n  ${errors.slice(0, 20).join('\n  ')}`);
  process.exit(1);
}

const lookup = await resolveSetLookup();
const fallbacks = new Set<string>();
const setFor = (id: CorpusSetId): GuidelineSet => {
  const set = lookup?.(id);
  if (set) return set;
  fallbacks.add(id);
  return standInSet(id, TEST_SET);
};

const outcomes: Outcome[] = records.map((r) => ({
  id: r.id,
  lang: r.lang,
  text: r.text,
  expected: r.expect,
  found: analyze(toDraft(r), toContext(r, setFor(r.set))).map((f) => f.kind),
}));

const report = score(outcomes);
const setNote =
  fallbacks.size === 0
    ? 'guideline sets: built-in (src/guidelines)'
    : `guideline sets: stand-ins (test points, real employer names and domains) for ${[...fallbacks].sort().join(', ')}; src/guidelines not available`;

if (json) {
  console.log(JSON.stringify({ setNote, ...(reportToJson(report, verbose) as object) }, null, 2));
} else {
  console.log(formatReport(report, { verbose, setNote }));
}
