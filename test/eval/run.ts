// npm run eval [-- --train | --dev | --holdout | --blind] [-- --verbose] [-- --json]
//
// Scores the engine three ways on every labelled set: the rules alone, the
// learned reader alone, and both together (what the extension does), with
// precision, recall and F1 per kind and per language; then the false alarms
// on the evaluation half of the real sentences in ../shared/corpora/text, per
// file and surface.
//
// The sets: train (the training corpus and the first hand-labelled corpus;
// the learned reader's figures there are out-of-fold, from
// test/eval/cv-predictions.json), dev (a tuning set the model never trains
// on), holdout and blind (written by people who saw neither the code nor the
// training data: report them, never tune on them). A measurement, not a
// test: it exits 0 unless a set cannot be read.
import { existsSync, readFileSync } from 'node:fs';
import { analyzeWithScores, type Draft, FINDING_KINDS, type FindingKind, type GuidelineSet, type Surface } from '../../src/engine/index.ts';
import { bundledModel } from '../../src/engine/model/bundled.ts';
import { MODEL_KINDS, type ModelKind } from '../../src/engine/model/linear.ts';
import { findBuiltinSet } from '../../src/guidelines/index.ts';
import { CV_FILE_URL, decide, type Mode, MODES } from './decide.ts';
import { CORPUS_LANGS, f1, formatReport, loadCorpus, ratio, reportToJson, score, toContext, toDraft, type CorpusRecord, type Outcome, type Report } from './score.ts';
import { haveRealText, readRealText } from '../../scripts/train/real-text.ts';

const args = new Set(process.argv.slice(2));
const verbose = args.has('--verbose') || args.has('-v');
const json = args.has('--json');

const SETS = {
  train: ['corpus/train/', 'corpus/'],
  dev: ['corpus/dev/'],
  holdout: ['corpus/holdout/'],
  blind: ['corpus/blind/'],
} as const;
type SetName = keyof typeof SETS;
const chosen = (Object.keys(SETS) as SetName[]).filter((s) => args.has(`--${s}`));
const sets: SetName[] = chosen.length > 0 ? chosen : (Object.keys(SETS) as SetName[]);

const model = bundledModel();
const builtin = (id: string): GuidelineSet => {
  const set = findBuiltinSet(id);
  if (!set) throw new Error(`no built-in set ${id}`);
  return set;
};

/** Out-of-fold probabilities from training, for the train set's model figures. */
function crossValidated(): Map<string, (number | null)[]> | undefined {
  if (!existsSync(CV_FILE_URL)) return undefined;
  const cv = JSON.parse(readFileSync(CV_FILE_URL, 'utf8')) as { drafts: Record<string, (number | null)[]> };
  return new Map(Object.entries(cv.drafts));
}

function load(name: SetName): CorpusRecord[] | undefined {
  const records: CorpusRecord[] = [];
  for (const dir of SETS[name]) {
    const path = new URL(`../${dir}`, import.meta.url).pathname;
    if (!existsSync(path)) return undefined;
    const { records: r, errors } = loadCorpus(path);
    if (errors.length > 0) {
      console.error(`${dir} has ${errors.length} problem(s):\n  ${errors.slice(0, 20).join('\n  ')}`);
      process.exit(1);
    }
    records.push(...r);
  }
  return records.length > 0 ? records : undefined;
}

function outcomes(records: readonly CorpusRecord[], cv: Map<string, (number | null)[]> | undefined): Record<Mode, Outcome[]> {
  const out: Record<Mode, Outcome[]> = { rules: [], model: [], combined: [] };
  for (const r of records) {
    const read = analyzeWithScores(toDraft(r), toContext(r, builtin(r.set)), model);
    if (!read) continue;
    const oof = cv?.get(r.id);
    // Out of fold where training left the draft out; a kind the trainer never read it for stays unread.
    const scores = oof ? read.scores.map((s, i) => ({ ...s, probability: oof[i] ?? 0 })) : read.scores;
    const decided = decide(read.rules.map((f) => f.kind), scores);
    for (const mode of MODES) out[mode].push({ id: r.id, lang: r.lang, text: r.text, expected: r.expect, found: decided[mode] });
  }
  return out;
}

function pct(v: number | null): string {
  return v === null ? '    –' : (v * 100).toFixed(1).padStart(5);
}

function table(name: string, reports: Record<Mode, Report>, drafts: number, harmless: number): string {
  const lines = [`${name}: ${drafts} drafts, ${harmless} harmless`, `  ${'kind'.padEnd(20)} ${MODES.map((m) => `${m.padStart(9)} P / R / F1 `).join(' ')}`];
  const kinds: readonly FindingKind[] = FINDING_KINDS;
  for (const k of kinds) {
    const cells = MODES.map((m) => {
      if (m === 'model' && !(MODEL_KINDS as readonly string[]).includes(k)) return ''.padEnd(26);
      const s = reports[m].perKind[k];
      return ` ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`.padEnd(26);
    });
    lines.push(`  ${k.padEnd(20)} ${cells.join(' ')}`);
  }
  const micro = MODES.map((m) => {
    const s = reports[m].total;
    return ` ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`.padEnd(26);
  });
  lines.push(`  ${'micro'.padEnd(20)} ${micro.join(' ')}`);
  for (const l of CORPUS_LANGS) {
    const cells = MODES.map((m) => {
      const s = reports[m].perLang[l];
      if (!s) return ''.padEnd(26);
      const p = ratio(s.tp, s.tp + s.fp);
      return ` ${pct(p)} ${pct(s.recall)} ${pct(f1(p, s.recall))}`.padEnd(26);
    });
    if (reports.combined.perLang[l]) lines.push(`  ${`  ${l} (${reports.combined.perLang[l]!.drafts})`.padEnd(20)} ${cells.join(' ')}`);
  }
  return lines.join('\n');
}

const cv = crossValidated();
const results: Record<string, unknown> = {};
const printed: string[] = [];
for (const name of sets) {
  const records = load(name);
  if (!records) {
    printed.push(`${name}: not present, skipped`);
    continue;
  }
  const byMode = outcomes(records, name === 'train' ? cv : undefined);
  const reports = Object.fromEntries(MODES.map((m) => [m, score(byMode[m])])) as Record<Mode, Report>;
  const label = name === 'train' ? `train (learned reader out-of-fold${cv ? '' : ': no cv-predictions.json, in-sample'})` : name;
  printed.push(table(label, reports, reports.combined.drafts, reports.combined.harmless));
  if (verbose) printed.push(formatReport(reports.combined, { verbose: true }));
  results[name] = Object.fromEntries(MODES.map((m) => [m, reportToJson(reports[m], verbose)]));
}

// ---------------------------------------------------------------- real sentences, evaluation half

const SURFACES: readonly Surface[] = ['post', 'comment', 'dm'];
if (sets.length === Object.keys(SETS).length || args.has('--real')) {
  if (!haveRealText()) {
    printed.push('real text: ../shared/corpora/text not found, skipped');
  } else {
    const lines = readRealText().filter((l) => l.half === 'eval');
    const files = [...new Set(lines.map((l) => l.file))];
    const rows: string[] = [`real text, evaluation half (${lines.length} sentences, never trained on): share of lines flagged (rules+model; model's own share in brackets)`];
    rows.push(`  ${'file'.padEnd(24)} ${'surface'.padEnd(8)} ${'lines'.padStart(6)}  ${['confidential', 'contact_client', 'work_no_disclaimer'].map((k) => k.padStart(22)).join('')}`);
    const real: Record<string, unknown> = {};
    let worst = 0;
    for (const file of files) {
      const ofFile = lines.filter((l) => l.file === file);
      for (const surface of SURFACES) {
        const counts = { confidential: [0, 0], contact_client: [0, 0], work_no_disclaimer: [0, 0] } as Record<ModelKind, [number, number]>;
        for (const l of ofFile) {
          const draft: Draft = { text: l.text, site: 'facebook', surface };
          const set = builtin(l.country === 'SE' ? 'norsjo' : 'ringebu');
          const read = analyzeWithScores(draft, { set, profile: { workplaces: [], peopleFromWork: [], disclaimers: {} } }, model);
          if (!read) continue;
          const d = decide(read.rules.map((f) => f.kind), read.scores);
          for (const k of MODEL_KINDS) {
            if (d.combined.includes(k)) counts[k][0]++;
            if (d.model.includes(k) && !d.rules.includes(k)) counts[k][1]++;
          }
        }
        const share = (n: number): string => `${((n / ofFile.length) * 100).toFixed(2)}%`;
        for (const k of ['confidential', 'contact_client'] as const) worst = Math.max(worst, counts[k][0] / ofFile.length);
        rows.push(
          `  ${file.padEnd(24)} ${surface.padEnd(8)} ${String(ofFile.length).padStart(6)}  ${(['confidential', 'contact_client', 'work_no_disclaimer'] as const)
            .map((k) => `${share(counts[k][0])} (${share(counts[k][1])})`.padStart(22))
            .join('')}`,
        );
        real[`${file}:${surface}`] = { lines: ofFile.length, ...counts };
      }
    }
    rows.push(`  worst confidential or contact_client share in any file and surface: ${(worst * 100).toFixed(2)}%`);
    printed.push(rows.join('\n'));
    results.realText = real;
  }
}

if (json) console.log(JSON.stringify(results, null, 2));
else console.log(printed.join('\n\n'));
