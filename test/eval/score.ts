// Evaluation corpus: reading, validating and scoring. Everything here except
// `loadCorpus` and `resolveSetLookup` is pure, so the unit tests can check the
// arithmetic on hand-made data and `run.ts` stays a thin shell around it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AnalysisContext, type Draft, FINDING_KINDS, type FindingKind, type GuidelineSet, SITES, type Site, type Surface } from '../../src/engine/index.ts';

// ---------------------------------------------------------------- record shape

export const CORPUS_LANGS = ['nb', 'nn', 'sv', 'en', 'mixed'] as const;
export type CorpusLang = (typeof CORPUS_LANGS)[number];
export const CORPUS_SITES: readonly Site[] = SITES;
export const CORPUS_SURFACES: readonly Surface[] = ['post', 'comment', 'dm'];
export const CORPUS_SETS = ['ringebu', 'romskog', 'norsjo', 'utsira'] as const;
export type CorpusSetId = (typeof CORPUS_SETS)[number];

export interface CorpusRecord {
  id: string;
  text: string;
  lang: CorpusLang;
  site: Site;
  surface: Surface;
  /** Display name of the other party; only on direct messages. */
  recipient?: string;
  set: CorpusSetId;
  workplaces?: string[];
  peopleFromWork?: string[];
  /** Kinds a careful reader of the guideline would flag; empty means harmless. */
  expect: FindingKind[];
  /**
   * The full label set of ../shared/LABELS.md (with work_with_disclaimer, which
   * is not flagged). Records that carry only `labels` get `expect` from it.
   */
  labels?: CorpusLabel[];
  /** Who the writer played (training corpus). */
  persona?: string;
  note?: string;
}

/** LABELS.md's labels, plus work_email (a rule outside that policy). */
export const CORPUS_LABELS = ['work_no_disclaimer', 'work_with_disclaimer', 'confidential', 'contact_client', 'work_email'] as const;
export type CorpusLabel = (typeof CORPUS_LABELS)[number];

/** The flagged kinds of a label set: everything but work_with_disclaimer. */
export function flaggedKinds(labels: readonly CorpusLabel[]): FindingKind[] {
  return labels.filter((l): l is FindingKind => l !== 'work_with_disclaimer');
}

const KNOWN_FIELDS = new Set([
  'id', 'text', 'lang', 'site', 'surface', 'recipient', 'set', 'workplaces', 'peopleFromWork', 'expect', 'labels', 'persona', 'note',
]);

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

function oneOf<T extends string>(allowed: readonly T[], v: unknown): v is T {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v);
}

/** Everything wrong with one parsed line; an empty list means it is a valid record. */
export function validateRecord(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['not a JSON object'];
  const r = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(r)) if (!KNOWN_FIELDS.has(key)) problems.push(`unknown field "${key}"`);
  if (typeof r.id !== 'string' || !/^[a-z]+(?:\d+-\d{2,}|-\d{3,})$/.test(r.id)) problems.push('id must look like "nb-001" or "tr001-07"');
  if (typeof r.text !== 'string' || r.text.trim() === '') problems.push('text must be a non-empty string');
  if (!oneOf(CORPUS_LANGS, r.lang)) problems.push(`lang must be one of ${CORPUS_LANGS.join('|')}`);
  if (!oneOf(CORPUS_SITES, r.site)) problems.push(`site must be one of ${CORPUS_SITES.join('|')}`);
  if (!oneOf(CORPUS_SURFACES, r.surface)) problems.push(`surface must be one of ${CORPUS_SURFACES.join('|')}`);
  if (!oneOf(CORPUS_SETS, r.set)) problems.push(`set must be one of ${CORPUS_SETS.join('|')}`);
  if (r.recipient !== undefined) {
    if (typeof r.recipient !== 'string' || r.recipient === '') problems.push('recipient must be a non-empty string');
    if (r.surface !== 'dm') problems.push('recipient is only allowed on dm drafts');
  }
  if (r.workplaces !== undefined && !isStringArray(r.workplaces)) problems.push('workplaces must be a string array');
  if (r.peopleFromWork !== undefined && !isStringArray(r.peopleFromWork)) problems.push('peopleFromWork must be a string array');
  if (r.expect === undefined && r.labels === undefined) problems.push('expect or labels is required');
  if (r.expect !== undefined) {
    if (!Array.isArray(r.expect)) {
      problems.push('expect must be an array');
    } else {
      for (const k of r.expect) if (!oneOf(FINDING_KINDS, k)) problems.push(`unknown kind in expect: ${String(k)}`);
      if (new Set(r.expect).size !== r.expect.length) problems.push('expect lists a kind twice');
    }
  }
  if (r.labels !== undefined) problems.push(...labelProblems(r));
  if (r.persona !== undefined && typeof r.persona !== 'string') problems.push('persona must be a string');
  if (r.note !== undefined && typeof r.note !== 'string') problems.push('note must be a string');
  return problems;
}

/** LABELS.md's invariants on a record's `labels` (decisions 1 and 3). */
function labelProblems(r: Record<string, unknown>): string[] {
  const labels = r.labels;
  if (!Array.isArray(labels)) return ['labels must be an array'];
  const problems: string[] = [];
  for (const l of labels) if (!oneOf(CORPUS_LABELS, l)) problems.push(`unknown label: ${String(l)}`);
  if (new Set(labels).size !== labels.length) problems.push('labels lists a label twice');
  if (labels.includes('work_no_disclaimer') && labels.includes('work_with_disclaimer')) {
    problems.push('work_no_disclaimer and work_with_disclaimer exclude each other');
  }
  if (r.surface === 'dm' && (labels.includes('work_no_disclaimer') || labels.includes('work_with_disclaimer'))) {
    problems.push('a dm never carries work_no_disclaimer or work_with_disclaimer');
  }
  if (Array.isArray(r.expect)) {
    const fromLabels = flaggedKinds(labels as CorpusLabel[]).sort().join(',');
    if ([...(r.expect as string[])].sort().join(',') !== fromLabels) problems.push('expect disagrees with labels');
  }
  return problems;
}

export interface ParseResult {
  records: CorpusRecord[];
  /** "source:line: problem" for every line that is not a valid record. */
  errors: string[];
}

/** Parse one JSONL text. Blank lines are skipped; every other line must be a valid record. */
export function parseCorpus(jsonl: string, source = 'corpus'): ParseResult {
  const records: CorpusRecord[] = [];
  const errors: string[] = [];
  jsonl.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      errors.push(`${source}:${i + 1}: invalid JSON (${(e as Error).message})`);
      return;
    }
    const problems = validateRecord(value);
    if (problems.length > 0) errors.push(...problems.map((p) => `${source}:${i + 1}: ${p}`));
    else {
      const record = value as CorpusRecord;
      if (record.expect === undefined) record.expect = flaggedKinds(record.labels ?? []);
      records.push(record);
    }
  });
  return { records, errors };
}

export const DEFAULT_CORPUS_DIR = fileURLToPath(new URL('../corpus/', import.meta.url));

/** Read every *.jsonl file of the corpus directory (sorted by name). */
export function loadCorpus(dir: string = DEFAULT_CORPUS_DIR): ParseResult {
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  const out: ParseResult = { records: [], errors: [] };
  for (const f of files) {
    const { records, errors } = parseCorpus(readFileSync(join(dir, f), 'utf8'), f);
    out.records.push(...records);
    out.errors.push(...errors);
  }
  const seen = new Set<string>();
  for (const r of out.records) {
    if (seen.has(r.id)) out.errors.push(`duplicate id ${r.id}`);
    seen.add(r.id);
  }
  return out;
}

// ---------------------------------------------------------------- building the engine's input

export function toDraft(r: CorpusRecord): Draft {
  return {
    text: r.text,
    site: r.site,
    surface: r.surface,
    ...(r.recipient !== undefined ? { recipient: r.recipient } : {}),
  };
}

export type SetLookup = (id: string) => GuidelineSet | undefined;

export function toContext(r: CorpusRecord, set: GuidelineSet): AnalysisContext {
  return {
    set,
    profile: {
      workplaces: r.workplaces ?? [],
      peopleFromWork: r.peopleFromWork ?? [],
      disclaimers: {},
    },
  };
}

/** Facts about the four employers, for the stand-in sets used until src/guidelines exists. */
const EMPLOYERS: Record<CorpusSetId, Pick<GuidelineSet, 'name' | 'country' | 'language' | 'employer'>> = {
  ringebu: { name: 'Ringebu kommune', country: 'NO', language: 'nb', employer: { names: ['Ringebu kommune'], emailDomains: ['ringebu.kommune.no'] } },
  romskog: { name: 'Rømskog kommune', country: 'NO', language: 'nb', employer: { names: ['Rømskog kommune'], emailDomains: ['romskog.kommune.no'] } },
  utsira: { name: 'Utsira kommune', country: 'NO', language: 'nb', employer: { names: ['Utsira kommune'], emailDomains: ['utsira.kommune.no'] } },
  norsjo: { name: 'Norsjö kommun', country: 'SE', language: 'sv', employer: { names: ['Norsjö kommun'], emailDomains: ['norsjo.se'] } },
};

/**
 * A stand-in for a built-in set: the given base set's points and disclaimers
 * (normally the unit tests' TEST_SET) with the real employer's name, country
 * and e-mail domain, so employer-specific rules can fire.
 */
export function standInSet(id: CorpusSetId, base: GuidelineSet): GuidelineSet {
  const e = EMPLOYERS[id];
  return {
    ...base,
    id,
    name: e.name,
    country: e.country,
    language: e.language,
    employer: { names: [...e.employer.names], emailDomains: [...e.employer.emailDomains] },
    points: base.points.map((p) => ({ ...p, id: p.id.replace(/^[^-]+/, id) })),
    checklist: base.checklist.map((c) => c.replace(/^[^-]+/, id)),
  };
}

/**
 * The built-in guideline sets when src/guidelines exists, else null. The path
 * is computed so the type checker does not insist on a module that another
 * engineer may not have written yet.
 */
export async function resolveSetLookup(): Promise<SetLookup | null> {
  const url = new URL('../../src/guidelines/index.ts', import.meta.url).href;
  try {
    const mod = (await import(url)) as { findBuiltinSet?: unknown };
    if (typeof mod.findBuiltinSet !== 'function') return null;
    const find = mod.findBuiltinSet as (id: string) => GuidelineSet | undefined | null;
    return (id) => find(id) ?? undefined;
  } catch (e) {
    // Not written yet is expected; anything else (a half-written module) is worth a word.
    const code = (e as { code?: unknown }).code;
    if (code !== 'ERR_MODULE_NOT_FOUND' && !/Cannot find module/.test(String(e))) {
      console.warn(`src/guidelines could not be loaded, using stand-ins: ${String(e)}`);
    }
    return null;
  }
}

// ---------------------------------------------------------------- scoring

/** What the engine said about one record, next to what the corpus expects. */
export interface Outcome {
  id: string;
  lang: CorpusLang;
  text: string;
  expected: readonly FindingKind[];
  found: readonly FindingKind[];
}

export interface KindScore {
  tp: number;
  fp: number;
  fn: number;
  /** Records where the kind was neither expected nor found. */
  tn: number;
  /** null when there is nothing to divide by (no alarms, or no positives). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface LangScore {
  drafts: number;
  tp: number;
  fn: number;
  fp: number;
  recall: number | null;
}

export interface Mistake {
  id: string;
  lang: CorpusLang;
  excerpt: string;
  expected: FindingKind[];
  found: FindingKind[];
  /** Kinds expected but not found. */
  missed: FindingKind[];
  /** Kinds found but not expected. */
  extra: FindingKind[];
}

export interface Report {
  drafts: number;
  harmless: number;
  /** Harmless drafts on which the engine raised anything. */
  harmlessFlagged: number;
  /** Drafts where the found kinds equal the expected kinds exactly. */
  exact: number;
  perKind: Record<FindingKind, KindScore>;
  /** Micro-averaged over all kinds. */
  total: KindScore;
  perLang: Partial<Record<CorpusLang, LangScore>>;
  mistakes: Mistake[];
}

export function ratio(num: number, den: number): number | null {
  return den === 0 ? null : num / den;
}

export function f1(precision: number | null, recall: number | null): number | null {
  if (precision === null || recall === null) return null;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function kindScore(tp: number, fp: number, fn: number, tn: number): KindScore {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { tp, fp, fn, tn, precision, recall, f1: f1(precision, recall) };
}

export function excerpt(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** Score a batch of outcomes. Kinds are compared as sets: a kind found twice in one draft counts once. */
export function score(outcomes: readonly Outcome[]): Report {
  const counts = Object.fromEntries(FINDING_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0, tn: 0 }])) as Record<
    FindingKind,
    { tp: number; fp: number; fn: number; tn: number }
  >;
  const perLang: Partial<Record<CorpusLang, LangScore>> = {};
  const mistakes: Mistake[] = [];
  let harmless = 0;
  let harmlessFlagged = 0;
  let exact = 0;

  for (const o of outcomes) {
    const expected = new Set(o.expected);
    const found = new Set(o.found);
    const lang = (perLang[o.lang] ??= { drafts: 0, tp: 0, fn: 0, fp: 0, recall: null });
    lang.drafts++;
    if (expected.size === 0) {
      harmless++;
      if (found.size > 0) harmlessFlagged++;
    }
    const missed: FindingKind[] = [];
    const extra: FindingKind[] = [];
    for (const k of FINDING_KINDS) {
      const c = counts[k];
      const e = expected.has(k);
      const f = found.has(k);
      if (e && f) {
        c.tp++;
        lang.tp++;
      } else if (e) {
        c.fn++;
        lang.fn++;
        missed.push(k);
      } else if (f) {
        c.fp++;
        lang.fp++;
        extra.push(k);
      } else {
        c.tn++;
      }
    }
    if (missed.length === 0 && extra.length === 0) {
      exact++;
    } else {
      mistakes.push({
        id: o.id,
        lang: o.lang,
        excerpt: excerpt(o.text),
        expected: FINDING_KINDS.filter((k) => expected.has(k)),
        found: FINDING_KINDS.filter((k) => found.has(k)),
        missed,
        extra,
      });
    }
  }

  for (const l of Object.values(perLang)) l.recall = ratio(l.tp, l.tp + l.fn);
  const perKind = Object.fromEntries(
    FINDING_KINDS.map((k) => [k, kindScore(counts[k].tp, counts[k].fp, counts[k].fn, counts[k].tn)]),
  ) as Record<FindingKind, KindScore>;
  const sum = (f: 'tp' | 'fp' | 'fn' | 'tn'): number => FINDING_KINDS.reduce((acc, k) => acc + counts[k][f], 0);
  return {
    drafts: outcomes.length,
    harmless,
    harmlessFlagged,
    exact,
    perKind,
    total: kindScore(sum('tp'), sum('fp'), sum('fn'), sum('tn')),
    perLang,
    mistakes,
  };
}

// ---------------------------------------------------------------- text output

function pct(v: number | null): string {
  return v === null ? '    –' : `${(v * 100).toFixed(1).padStart(5)}`;
}

export interface FormatOptions {
  verbose?: boolean;
  /** A line about which guideline sets were used, printed under the title. */
  setNote?: string;
}

export function formatReport(report: Report, opts: FormatOptions = {}): string {
  const lines: string[] = [];
  lines.push(`Varsom evaluation: ${report.drafts} drafts, ${report.harmless} harmless`);
  if (opts.setNote) lines.push(opts.setNote);
  lines.push('');
  lines.push(`${'kind'.padEnd(20)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}  ${'prec%'} ${'rec%'.padStart(5)} ${'F1%'.padStart(5)}`);
  const row = (name: string, s: KindScore): string =>
    `${name.padEnd(20)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`;
  for (const k of FINDING_KINDS) lines.push(row(k, report.perKind[k]));
  lines.push(row('total (micro)', report.total));
  lines.push('');
  lines.push(
    `exact match: ${report.exact}/${report.drafts} drafts; harmless drafts flagged: ${report.harmlessFlagged}/${report.harmless}`,
  );
  lines.push('');
  lines.push('recall per language:');
  for (const l of CORPUS_LANGS) {
    const s = report.perLang[l];
    if (!s) continue;
    lines.push(`  ${l.padEnd(6)} ${pct(s.recall)}%  (TP ${s.tp}, FN ${s.fn}, FP ${s.fp}, ${s.drafts} drafts)`);
  }
  if (opts.verbose) {
    const misses = report.mistakes.filter((m) => m.missed.length > 0);
    const alarms = report.mistakes.filter((m) => m.extra.length > 0);
    const show = (m: Mistake): string =>
      `  ${m.id.padEnd(10)} expected [${m.expected.join(', ')}] found [${m.found.join(', ')}]\n             ${m.excerpt}`;
    lines.push('');
    lines.push(`misses (${misses.length}):`);
    for (const m of misses) lines.push(show(m));
    lines.push('');
    lines.push(`false alarms (${alarms.length}):`);
    for (const m of alarms) lines.push(show(m));
  }
  return lines.join('\n');
}

/** The figures without the per-draft detail, for --json (mistakes are added with --verbose). */
export function reportToJson(report: Report, verbose = false): unknown {
  const { mistakes, ...figures } = report;
  return verbose ? { ...figures, mistakes } : figures;
}
