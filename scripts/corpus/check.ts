// npm run corpus:check: the labelled sets as data, checked before anything
// trains on or is measured by them.
// - schema and LABELS.md's invariants on every record (test/eval/score.ts);
// - ID numbers: every number that passes a national-ID check must be a public
//   test number from ../shared/corpora/ids (no real person's number in the
//   repository) and its draft must be labelled confidential;
// - near-duplicates: drafts whose word trigrams overlap by 80% or more, within
//   a set and, worse, between the training data and a set that measures it;
// - composition: languages, surfaces, sites, labels, harmless share.
// Exits 1 when a record is broken, an ID is unlabelled or unknown, or a
// measuring set shares a draft with the training data.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findIdNumbers } from '../../src/engine/ids/index.ts';
import { tokenize } from '../../src/engine/text/tokenize.ts';
import { loadCorpus, type CorpusRecord } from '../../test/eval/score.ts';
import { REPO_ROOT } from '../train/data.ts';

export const CORPUS_SETS: Record<string, string> = {
  train: 'test/corpus/train',
  first: 'test/corpus',
  dev: 'test/corpus/dev',
  holdout: 'test/corpus/holdout',
  blind: 'test/corpus/blind',
};
/** Sets the learned reader trains on; the others measure it. */
const TRAINING = new Set(['train', 'first']);
export const NEAR_DUPLICATE = 0.8;

export interface CheckReport {
  records: Map<string, CorpusRecord[]>;
  errors: string[];
  warnings: string[];
  duplicates: { a: string; b: string; similarity: number; across: boolean }[];
}

function publicTestNumbers(): Map<string, boolean> | undefined {
  const dir = path.resolve(REPO_ROOT, '../shared/corpora/ids');
  if (!existsSync(dir)) return undefined;
  const known = new Map<string, boolean>();
  for (const file of ['no_fnr.json', 'se_pnr.json']) {
    const rows = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { value: string; compact?: string; valid: boolean }[];
    for (const r of rows) {
      const compact = (r.compact ?? r.value).replace(/[^0-9A-Za-z]/g, '');
      known.set(compact, r.valid || known.get(compact) === true);
      // Swedish numbers are written with and without the century.
      if (compact.length === 12) known.set(compact.slice(2), r.valid || known.get(compact.slice(2)) === true);
    }
  }
  return known;
}

/** Word trigrams of the folded text, hashed: the shingles near-duplicates share. */
function shingles(text: string): Set<string> {
  const words = tokenize(text).map((t) => t.norm);
  const out = new Set<string>();
  if (words.length < 3) out.add(words.join(' '));
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

export function checkCorpora(sets: Record<string, string> = CORPUS_SETS): CheckReport {
  const records = new Map<string, CorpusRecord[]>();
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const [name, dir] of Object.entries(sets)) {
    const full = path.join(REPO_ROOT, dir);
    if (!existsSync(full)) continue;
    const loaded = loadCorpus(full);
    errors.push(...loaded.errors.map((e) => `${dir}/${e}`));
    records.set(name, loaded.records);
  }
  const allIds = new Map<string, string>();
  for (const [name, list] of records) {
    for (const r of list) {
      const other = allIds.get(r.id);
      if (other !== undefined && other !== name) errors.push(`id ${r.id} is in both ${other} and ${name}`);
      allIds.set(r.id, name);
    }
  }

  const known = publicTestNumbers();
  if (known === undefined) warnings.push('../shared/corpora/ids not found: ID numbers checked by checksum only');
  for (const [name, list] of records) {
    for (const r of list) {
      for (const hit of findIdNumbers(r.text)) {
        const digits = hit.digits.replace(/[^0-9A-Za-z]/g, '');
        if (known !== undefined && known.get(digits) !== true) {
          errors.push(`${name} ${r.id}: ${r.text.slice(hit.start, hit.end)} passes the ${hit.type} check but is not a public test number`);
        }
        if (!r.expect.includes('confidential')) errors.push(`${name} ${r.id}: valid ${hit.type} ${r.text.slice(hit.start, hit.end)} but not labelled confidential`);
      }
    }
  }

  // Near-duplicates through an inverted index of shingles; very common
  // shingles ("jeg er så") say nothing and are skipped.
  const docs: { key: string; set: string; shingles: Set<string> }[] = [];
  for (const [name, list] of records) for (const r of list) docs.push({ key: `${name}:${r.id}`, set: name, shingles: shingles(r.text) });
  const index = new Map<string, number[]>();
  docs.forEach((d, i) => {
    for (const s of d.shingles) {
      let posting = index.get(s);
      if (posting === undefined) index.set(s, (posting = []));
      posting.push(i);
    }
  });
  const duplicates: CheckReport['duplicates'] = [];
  docs.forEach((d, i) => {
    const shared = new Map<number, number>();
    for (const s of d.shingles) {
      const posting = index.get(s)!;
      if (posting.length > 60) continue;
      for (const j of posting) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, n] of shared) {
      const o = docs[j]!;
      const similarity = n / (d.shingles.size + o.shingles.size - n);
      if (similarity < NEAR_DUPLICATE) continue;
      const across = TRAINING.has(d.set) !== TRAINING.has(o.set);
      duplicates.push({ a: d.key, b: o.key, similarity, across });
      if (across) errors.push(`${d.key} and ${o.key} are near-duplicates (${(similarity * 100).toFixed(0)}%) across training and a measuring set`);
    }
  });
  return { records, errors, warnings, duplicates };
}

function composition(list: readonly CorpusRecord[]): string {
  const count = (f: (r: CorpusRecord) => string[]): string => {
    const c = new Map<string, number>();
    for (const r of list) for (const k of f(r)) c.set(k, (c.get(k) ?? 0) + 1);
    return [...c].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n} (${((n / list.length) * 100).toFixed(0)}%)`).join(', ');
  };
  return [
    `    languages: ${count((r) => [r.lang])}`,
    `    surfaces:  ${count((r) => [r.surface])}`,
    `    sites:     ${count((r) => [r.site])}`,
    `    labels:    ${count((r) => (r.labels ?? r.expect).length === 0 ? ['(none)'] : (r.labels ?? r.expect))}`,
    `    harmless:  ${list.filter((r) => r.expect.length === 0).length} of ${list.length}`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href) {
  const report = checkCorpora();
  for (const [name, list] of report.records) console.log(`${name}: ${list.length} drafts\n${composition(list)}`);
  const within = report.duplicates.filter((d) => !d.across);
  console.log(`near-duplicates (>= ${NEAR_DUPLICATE * 100}% shared word trigrams): ${within.length} within sets, ${report.duplicates.length - within.length} across training and measuring sets`);
  for (const d of within.slice(0, 30)) console.log(`  ${d.a} ~ ${d.b} ${(d.similarity * 100).toFixed(0)}%`);
  for (const w of report.warnings) console.log(`warning: ${w}`);
  for (const e of report.errors) console.log(`error: ${e}`);
  process.exit(report.errors.length > 0 ? 1 : 0);
}
