import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDING_KINDS, type FindingKind } from '../../../src/engine/index.ts';
import { TEST_SET } from '../helpers/context.ts';
import {
  CORPUS_LANGS,
  CORPUS_SETS,
  CORPUS_SITES,
  CORPUS_SURFACES,
  DEFAULT_CORPUS_DIR,
  excerpt,
  f1,
  formatReport,
  loadCorpus,
  parseCorpus,
  ratio,
  reportToJson,
  score,
  standInSet,
  toContext,
  toDraft,
  validateRecord,
  type CorpusRecord,
  type Outcome,
} from '../../eval/score.ts';

// ---------------------------------------------------------------- the corpus itself

describe.each(['dev', 'holdout'])('the %s set', (name) => {
  // Read for its shape only: what the drafts say is not looked at here.
  const { records, errors } = loadCorpus(join(DEFAULT_CORPUS_DIR, name));
  it('parses, every line a valid record, with unique ids', () => {
    expect(errors).toEqual([]);
    expect(records.length).toBeGreaterThanOrEqual(200);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });
});

describe('evaluation corpus', () => {
  const files = readdirSync(DEFAULT_CORPUS_DIR).filter((f) => f.endsWith('.jsonl'));
  const { records, errors } = loadCorpus();
  const count = (pred: (r: CorpusRecord) => boolean): number => records.filter(pred).length;

  it('has corpus files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('is valid JSON, one record per line, every line a valid record', () => {
    for (const f of files) {
      const lines = readFileSync(join(DEFAULT_CORPUS_DIR, f), 'utf8').split('\n').filter((l) => l.trim() !== '');
      for (const [i, line] of lines.entries()) {
        expect(() => JSON.parse(line), `${f}:${i + 1}`).not.toThrow();
        expect(validateRecord(JSON.parse(line)), `${f}:${i + 1}`).toEqual([]);
      }
    }
    expect(errors).toEqual([]);
  });

  it('has unique ids, prefixed by the file language', () => {
    const ids = records.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of records) expect(r.id.startsWith(`${r.lang}-`), r.id).toBe(true);
  });

  it('has at least 360 drafts, at least 40% of them harmless', () => {
    expect(records.length).toBeGreaterThanOrEqual(360);
    expect(count((r) => r.expect.length === 0) / records.length).toBeGreaterThanOrEqual(0.4);
  });

  it('covers every language, site, surface and guideline set', () => {
    for (const l of CORPUS_LANGS) expect(count((r) => r.lang === l), l).toBeGreaterThanOrEqual(20);
    for (const s of CORPUS_SITES) expect(count((r) => r.site === s), s).toBeGreaterThanOrEqual(20);
    for (const s of CORPUS_SURFACES) expect(count((r) => r.surface === s), s).toBeGreaterThanOrEqual(20);
    for (const s of CORPUS_SETS) expect(count((r) => r.set === s), s).toBeGreaterThanOrEqual(20);
  });

  it('has at least 50 positives per main kind and a handful of work_email', () => {
    const positives = (k: FindingKind): number => count((r) => r.expect.includes(k));
    expect(positives('work_no_disclaimer')).toBeGreaterThanOrEqual(50);
    expect(positives('confidential')).toBeGreaterThanOrEqual(50);
    expect(positives('contact_client')).toBeGreaterThanOrEqual(50);
    expect(positives('work_email')).toBeGreaterThanOrEqual(8);
  });

  it('has harmless drafts in every language', () => {
    for (const l of CORPUS_LANGS) expect(count((r) => r.lang === l && r.expect.length === 0), l).toBeGreaterThan(5);
  });

  it('puts recipients on direct messages only', () => {
    for (const r of records) if (r.recipient !== undefined) expect(r.surface, r.id).toBe('dm');
  });

  it('writes Swedish drafts mostly for Norsjö', () => {
    const sv = records.filter((r) => r.lang === 'sv');
    expect(sv.filter((r) => r.set === 'norsjo').length / sv.length).toBeGreaterThan(0.8);
  });

  it('keeps valid ID numbers out of drafts not labelled confidential', () => {
    for (const r of records) {
      if (r.expect.includes('confidential')) continue;
      for (const m of r.text.match(/\d[\d +-]{8,14}\d/g) ?? []) expect(isValidPersonId(m), `${r.id}: ${m}`).toBe(false);
    }
  });
});

/** Own check-digit code (mod 11 for Norway, Luhn for Sweden), only to keep the corpus honest. */
function isValidPersonId(raw: string): boolean {
  const s = raw.replace(/ /g, '');
  if (/^\d{11}$/.test(s)) {
    const d = [...s].map(Number);
    const check = (weights: number[]): number => {
      const r = 11 - (weights.reduce((acc, w, i) => acc + w * (d[i] ?? 0), 0) % 11);
      return r === 11 ? 0 : r;
    };
    const k1 = check([3, 7, 6, 1, 8, 9, 4, 5, 2]);
    const k2 = check([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    let day = Number(s.slice(0, 2));
    let month = Number(s.slice(2, 4));
    if (day > 40) day -= 40;
    if (month > 40) month -= 40;
    return k1 === d[9] && k2 === d[10] && day >= 1 && day <= 31 && month >= 1 && month <= 12;
  }
  const m = /^(?:\d{2})?(\d{6})[-+]?(\d{4})$/.exec(s);
  if (!m) return false;
  const core = `${m[1]}${m[2]}`;
  const month = Number(core.slice(2, 4));
  let day = Number(core.slice(4, 6));
  if (day > 60) day -= 60;
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  let sum = 0;
  for (const [i, c] of [...core].entries()) {
    const v = Number(c) * (i % 2 === 0 ? 2 : 1);
    sum += v > 9 ? v - 9 : v;
  }
  return sum % 10 === 0;
}

describe('isValidPersonId (corpus helper)', () => {
  it('accepts and rejects known numbers', () => {
    expect(isValidPersonId('13097248022')).toBe(true);
    expect(isValidPersonId('130972 48022')).toBe(true);
    expect(isValidPersonId('13097248023')).toBe(false);
    expect(isValidPersonId('19090527-1474')).toBe(true);
    expect(isValidPersonId('090527-1474')).toBe(true);
    expect(isValidPersonId('090527-1475')).toBe(false);
    expect(isValidPersonId('802412-3456')).toBe(false);
  });
});

// ---------------------------------------------------------------- parsing

describe('parseCorpus', () => {
  const good = {
    id: 'nb-001', text: 'Hei', lang: 'nb', site: 'facebook', surface: 'dm', recipient: 'Ola', set: 'ringebu', expect: [],
  };

  it('reads valid lines and skips blank ones', () => {
    const { records, errors } = parseCorpus(`${JSON.stringify(good)}\n\n${JSON.stringify({ ...good, id: 'nb-002' })}\n`);
    expect(errors).toEqual([]);
    expect(records.map((r) => r.id)).toEqual(['nb-001', 'nb-002']);
  });

  it('reports bad JSON and bad fields with the line number', () => {
    const lines = [
      '{not json',
      JSON.stringify({ ...good, surface: 'post' }),
      JSON.stringify({ ...good, lang: 'de', expect: ['rudeness'] }),
      JSON.stringify({ ...good, colour: 'red' }),
    ].join('\n');
    const { records, errors } = parseCorpus(lines, 'x.jsonl');
    expect(records).toEqual([]);
    expect(errors.some((e) => e.startsWith('x.jsonl:1: invalid JSON'))).toBe(true);
    expect(errors).toContain('x.jsonl:2: recipient is only allowed on dm drafts');
    expect(errors.some((e) => e.startsWith('x.jsonl:3: lang'))).toBe(true);
    expect(errors).toContain('x.jsonl:3: unknown kind in expect: rudeness');
    expect(errors).toContain('x.jsonl:4: unknown field "colour"');
  });

  it('rejects a kind listed twice and a non-object line', () => {
    expect(validateRecord({ ...good, expect: ['confidential', 'confidential'] })).toContain('expect lists a kind twice');
    expect(validateRecord([1, 2])).toEqual(['not a JSON object']);
  });
});

// ---------------------------------------------------------------- engine input

describe('toDraft / toContext / standInSet', () => {
  const rec: CorpusRecord = {
    id: 'sv-001', text: 'Hej', lang: 'sv', site: 'instagram', surface: 'dm', recipient: 'Alva', set: 'norsjo',
    peopleFromWork: ['Alva'], expect: ['contact_client'],
  };

  it('passes site, surface, recipient and the profile through', () => {
    expect(toDraft(rec)).toEqual({ text: 'Hej', site: 'instagram', surface: 'dm', recipient: 'Alva' });
    const ctx = toContext(rec, TEST_SET);
    expect(ctx.profile).toEqual({ workplaces: [], peopleFromWork: ['Alva'], disclaimers: {} });
    expect(ctx.set).toBe(TEST_SET);
  });

  it('omits the recipient when there is none', () => {
    expect('recipient' in toDraft({ ...rec, surface: 'post', recipient: undefined })).toBe(false);
  });

  it('gives a stand-in set the real employer, keeping the test points', () => {
    const set = standInSet('norsjo', TEST_SET);
    expect(set.employer.emailDomains).toEqual(['norsjo.se']);
    expect(set.country).toBe('SE');
    expect(set.points.map((p) => p.kinds)).toEqual(TEST_SET.points.map((p) => p.kinds));
    expect(set.points.every((p) => p.id.startsWith('norsjo-'))).toBe(true);
    expect(set.checklist.every((c) => set.points.some((p) => p.id === c))).toBe(true);
  });
});

// ---------------------------------------------------------------- scoring arithmetic

describe('score', () => {
  const W: FindingKind = 'work_no_disclaimer';
  const C: FindingKind = 'confidential';
  const K: FindingKind = 'contact_client';
  const o = (id: string, lang: Outcome['lang'], expected: FindingKind[], found: FindingKind[]): Outcome => ({
    id, lang, text: `draft ${id}`, expected, found,
  });
  // by hand, for work_no_disclaimer: a TP, b FN, c TP, d FP, e TN  -> P 2/3, R 2/3
  // confidential: a FN, c TP, f TP  -> P 1, R 2/3
  // contact_client: f FP (found twice, counts once)
  const outcomes = [
    o('a', 'nb', [W, C], [W]),
    o('b', 'nb', [W], []),
    o('c', 'sv', [W, C], [C, W]),
    o('d', 'sv', [], [W]),
    o('e', 'en', [], []),
    o('f', 'en', [C], [C, K, K]),
  ];
  const report = score(outcomes);

  it('counts TP, FP, FN and TN per kind', () => {
    expect(report.perKind.work_no_disclaimer).toMatchObject({ tp: 2, fp: 1, fn: 1, tn: 2 });
    expect(report.perKind.confidential).toMatchObject({ tp: 2, fp: 0, fn: 1, tn: 3 });
    expect(report.perKind.contact_client).toMatchObject({ tp: 0, fp: 1, fn: 0, tn: 5 });
    expect(report.perKind.work_email).toMatchObject({ tp: 0, fp: 0, fn: 0, tn: 6 });
  });

  it('computes precision, recall and F1, with null where undefined', () => {
    const w = report.perKind.work_no_disclaimer;
    expect(w.precision).toBeCloseTo(2 / 3);
    expect(w.recall).toBeCloseTo(2 / 3);
    expect(w.f1).toBeCloseTo(2 / 3);
    const c = report.perKind.confidential;
    expect(c.precision).toBe(1);
    expect(c.recall).toBeCloseTo(2 / 3);
    expect(c.f1).toBeCloseTo(0.8);
    expect(report.perKind.contact_client).toMatchObject({ precision: 0, recall: null, f1: null });
    expect(report.perKind.work_email).toMatchObject({ precision: null, recall: null, f1: null });
  });

  it('micro-averages the totals', () => {
    expect(report.total).toMatchObject({ tp: 4, fp: 2, fn: 2 });
    expect(report.total.precision).toBeCloseTo(4 / 6);
    expect(report.total.recall).toBeCloseTo(4 / 6);
  });

  it('reports recall per language', () => {
    expect(report.perLang.nb).toMatchObject({ drafts: 2, tp: 1, fn: 2, fp: 0 });
    expect(report.perLang.nb?.recall).toBeCloseTo(1 / 3);
    expect(report.perLang.sv).toMatchObject({ drafts: 2, tp: 2, fn: 0, fp: 1, recall: 1 });
    expect(report.perLang.en).toMatchObject({ drafts: 2, tp: 1, fn: 0, fp: 1, recall: 1 });
    expect(report.perLang.nn).toBeUndefined();
  });

  it('counts exact matches, harmless drafts and lists the mistakes', () => {
    expect(report.drafts).toBe(6);
    expect(report.exact).toBe(2);
    expect(report.harmless).toBe(2);
    expect(report.harmlessFlagged).toBe(1);
    expect(report.mistakes.map((m) => m.id)).toEqual(['a', 'b', 'd', 'f']);
    expect(report.mistakes[0]).toMatchObject({ missed: [C], extra: [], expected: [W, C], found: [W] });
    expect(report.mistakes[3]).toMatchObject({ missed: [], extra: [K] });
  });

  it('handles an empty batch', () => {
    const empty = score([]);
    expect(empty.total).toMatchObject({ tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null });
    expect(empty.perLang).toEqual({});
  });

  it('has small helpers that behave', () => {
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(1, 4)).toBe(0.25);
    expect(f1(0, 0)).toBe(0);
    expect(f1(null, 1)).toBeNull();
    expect(excerpt('a  b\nc')).toBe('a b c');
    expect(excerpt('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('formats a table, the misses with --verbose, and JSON figures', () => {
    const plain = formatReport(report);
    for (const k of FINDING_KINDS) expect(plain).toContain(k);
    expect(plain).toContain('recall per language');
    expect(plain).not.toContain('false alarms');
    const verbose = formatReport(report, { verbose: true });
    expect(verbose).toContain('misses (2)');
    expect(verbose).toContain('false alarms (2)');
    expect(verbose).toContain('draft a');
    expect(reportToJson(report)).not.toHaveProperty('mistakes');
    expect(reportToJson(report, true)).toHaveProperty('mistakes');
    expect(JSON.parse(JSON.stringify(reportToJson(report)))).toMatchObject({ drafts: 6, total: { tp: 4 } });
  });
});
