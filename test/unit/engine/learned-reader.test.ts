// The learned reader: the committed weights belong to the committed data, the
// labelled sets pass their checks, and the reader's findings behave as the
// label policy says and explain themselves like a rule's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type AnalysisContext, analyze, type Draft, readDraft } from '../../../src/engine/index.ts';
import { bundledModel } from '../../../src/engine/model/bundled.ts';
import { draftFeatures } from '../../../src/engine/model/features.ts';
import { cueSpans, scoreDraft, withLearnedReader } from '../../../src/engine/model/learned-reader.ts';
import { buildModel, loadModel, MODEL_KINDS, type LinearModel, type ModelFile } from '../../../src/engine/model/linear.ts';
import { tokenize } from '../../../src/engine/text/tokenize.ts';
import { findBuiltinSet } from '../../../src/guidelines/index.ts';
import { repoDataHash, sharedDataHash } from '../../../scripts/train/data.ts';
import { haveRealText, readRealText, halfOf } from '../../../scripts/train/real-text.ts';
import { checkCorpora } from '../../../scripts/corpus/check.ts';

const file = JSON.parse(readFileSync(new URL('../../../src/engine/model/weights.json', import.meta.url), 'utf8')) as ModelFile;
const ctx: AnalysisContext = { set: findBuiltinSet('ringebu')!, profile: { workplaces: [], peopleFromWork: [], disclaimers: {} } };

describe('the committed model', () => {
  it('was trained on the committed data (run npm run train when this fails)', () => {
    expect(file.dataHash).toBe(repoDataHash());
  });

  it.skipIf(!haveRealText())('was trained on the real-text training half next to the checkout', () => {
    expect(file.sharedDataHash).toBe(sharedDataHash(readRealText()));
  });

  it('loads, with a power-of-two size and a threshold per kind', () => {
    const model = loadModel(file);
    expect(Number.isInteger(Math.log2(model.dims))).toBe(true);
    for (const kind of MODEL_KINDS) {
      expect(model.kinds[kind].weights.length).toBe(model.dims);
      expect(model.kinds[kind].threshold).toBeGreaterThan(0);
      expect(model.kinds[kind].threshold).toBeLessThanOrEqual(1);
    }
  });

  it('refuses an artefact of the wrong size or format', () => {
    expect(() => loadModel({ ...file, dims: 1000 })).toThrow(/power of two/);
    expect(() => loadModel({ ...file, format: 2 as 1 })).toThrow(/format/);
    const short = { ...file.kinds.confidential, weights: 'AAAA' };
    expect(() => loadModel({ ...file, kinds: { ...file.kinds, confidential: short } })).toThrow(/weights/);
  });
});

describe('the labelled sets', () => {
  const report = checkCorpora();
  it('pass schema, label invariants, ID and cross-set duplicate checks', () => {
    expect(report.errors).toEqual([]);
  });
});

describe('the real-text split', () => {
  it('is fixed by the line itself, not by its place', () => {
    expect(halfOf('Det regner i Bergen.')).toBe(halfOf('  Det regner i Bergen.  '));
    const halves = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(halfOf);
    expect(new Set(halves).size).toBe(2);
  });
});

/** A model whose every weight is zero except for the named readings: decisions that depend only on the policy. */
function readingsOnly(readings: Record<string, number>, threshold = 0.5, veto = 0): LinearModel {
  const dims = 1024;
  const kind = () => ({ bias: -4, scale: 1, threshold, veto, weights: new Int8Array(dims), readings: new Map(Object.entries(readings)) });
  return buildModel(dims, { work_no_disclaimer: kind(), confidential: kind(), contact_client: kind() });
}

function read(draft: Draft) {
  const r = readDraft(draft, ctx);
  if (!r) throw new Error('empty draft');
  return r;
}

/** The findings the reader adds to the rules'. */
function added(input: Parameters<typeof withLearnedReader>[0], rules: Parameters<typeof withLearnedReader>[1], model: LinearModel) {
  return withLearnedReader(input, rules, model).filter((f) => f.source === 'learned');
}

describe('the learned reader beside the rules', () => {
  const eager = readingsOnly({ 'surface:post': 8, 'surface:dm': 8, 'surface:comment': 8 });

  it('never reads work talk in a direct message, nor in a draft with a standing disclaimer', () => {
    const dm = read({ text: 'Lang vakt i dag', surface: 'dm', site: 'facebook' });
    expect(added(dm.input, dm.rules, eager).map((f) => f.kind)).not.toContain('work_no_disclaimer');
    const disclaimed = read({ text: 'Lang vakt i dag. Jeg skriver som privatperson.', surface: 'post', site: 'facebook' });
    expect(added(disclaimed.input, disclaimed.rules, eager).map((f) => f.kind)).not.toContain('work_no_disclaimer');
    const negated = read({ text: 'Lang vakt i dag. Jeg skriver ikke som privatperson.', surface: 'post', site: 'facebook' });
    expect(added(negated.input, negated.rules, eager).map((f) => f.kind)).toContain('work_no_disclaimer');
  });

  it('adds nothing for a kind a rule already found', () => {
    const r = read({ text: 'Fødselsnummeret er 13097248022', surface: 'post', site: 'facebook' });
    expect(r.rules.map((f) => f.kind)).toContain('confidential');
    expect(added(r.input, r.rules, eager).map((f) => f.kind)).not.toContain('confidential');
  });

  it('overrules a rule below its veto, but never a valid ID number', () => {
    const doubting = readingsOnly({}, 0.99, 0.5);
    const work = read({ text: 'Kommunen kutter i hjemmetjenesten igjen', surface: 'post', site: 'facebook' });
    expect(work.rules.map((f) => f.kind)).toContain('work_no_disclaimer');
    expect(withLearnedReader(work.input, work.rules, doubting).map((f) => f.kind)).not.toContain('work_no_disclaimer');
    expect(scoreDraft(work.input, work.rules, doubting).find((s) => s.kind === 'work_no_disclaimer')?.overrules).toBe(true);
    const id = read({ text: 'Fødselsnummeret er 13097248022', surface: 'post', site: 'facebook' });
    expect(withLearnedReader(id.input, id.rules, doubting).map((f) => f.kind)).toContain('confidential');
    // No veto: the rule stands whatever the probability.
    expect(withLearnedReader(work.input, work.rules, readingsOnly({}, 0.99, 0)).map((f) => f.kind)).toContain('work_no_disclaimer');
  });

  it('stays below a threshold it does not reach', () => {
    const shy = readingsOnly({ 'surface:post': 8 }, 0.99999);
    const r = read({ text: 'Fin tur i fjellet', surface: 'post', site: 'facebook' });
    expect(added(r.input, r.rules, shy)).toEqual([]);
  });

  it('marks its findings, offers the disclaimer for work talk, and quotes the cue in the message', () => {
    const r = read({ text: 'Lang vakt i dag', surface: 'post', site: 'facebook' });
    const base = readingsOnly({ 'surface:post': 8 });
    // Give the word "vakt" the push, so it becomes the cue.
    const f = draftFeatures(r.input.tokens, 'post', base.dims);
    for (let i = 0; i < f.count; i++) if (f.owners[i] === 1) base.kinds.work_no_disclaimer.weights[f.buckets[i]!] = 100;
    const model = buildModel(base.dims, base.kinds);
    const [w] = added(r.input, r.rules, model).filter((x) => x.kind === 'work_no_disclaimer');
    expect(w?.source).toBe('learned');
    expect(w?.fix?.type).toBe('insert');
    expect(w?.spans.map(([s, e]) => 'Lang vakt i dag'.slice(s, e))).toEqual(['vakt']);
    expect(w?.message).toEqual({ key: 'finding_work_no_disclaimer', params: { trigger: 'vakt' } });
  });
});

describe('cueSpans', () => {
  const text = 'Mora di sov dårlig i natt og fikk medisin';
  const tokens = tokenize(text);
  const push = (values: Record<string, number>): Float64Array => Float64Array.from(tokens, (t) => values[t.norm] ?? 0);

  it('keeps the strongest words, in text order, and merges neighbours into one phrase', () => {
    const spans = cueSpans(tokens, push({ mora: 3, di: 2.5, medisin: 2, natt: 0.1 }));
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(['Mora di', 'medisin']);
  });

  it('leaves out words far weaker than the strongest, and single letters', () => {
    const spans = cueSpans(tokens, push({ medisin: 10, natt: 1, i: 9 }));
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(['medisin']);
  });

  it('says nothing when no word pushed', () => {
    expect(cueSpans(tokens, push({}))).toEqual([]);
  });

  it('never shows a greeting, a pronoun or a time of day as a cue', () => {
    const greeting = 'Hei du, i morgen kommer mora di';
    const words = tokenize(greeting);
    const spans = cueSpans(words, Float64Array.from(words, (t) => ({ hei: 9, du: 8, morgen: 7, mora: 3 })[t.norm] ?? 0));
    expect(spans.map(([a, b]) => greeting.slice(a, b))).toEqual(['mora']);
  });
});

describe('a learned finding always points at the text', () => {
  const people = { ...ctx, profile: { ...ctx.profile, peopleFromWork: ['Ola Nordmann'] } };

  it('marks words that mean something, or else the first sentence that says something; never a greeting alone', () => {
    const findings = analyze({ text: 'Hei, takk for sist!', surface: 'dm', site: 'facebook', recipient: 'Ola Nordmann' }, people);
    expect(findings.map((f) => f.kind)).toEqual(['contact_client']);
    expect(findings[0]!.spans.map(([a, b]) => 'Hei, takk for sist!'.slice(a, b))).toEqual(['Hei, takk for sist']);
    const text = 'Hei! Ses på fotballtreninga i kveld?';
    for (const f of analyze({ text, surface: 'dm', site: 'facebook', recipient: 'Ola Nordmann' }, people)) {
      expect(f.spans.length).toBeGreaterThan(0);
      expect(f.spans.map(([a, b]) => text.slice(a, b).toLowerCase())).not.toContain('hei');
    }
  });

  it('holds for the input fast-check once found without spans', () => {
    const text = '0.0 0/0';
    for (const f of analyze({ text, surface: 'dm', recipient: ' ' }, people)) expect(f.spans.length).toBeGreaterThan(0);
  });
});

describe('the bundled reader in analyze', () => {
  it('gives the same decision as its scores', () => {
    const model = bundledModel();
    const drafts: Draft[] = [
      { text: 'Mora di hadde en urolig natt, vi ga henne ekstra medisin klokka tre.', surface: 'dm', site: 'facebook', recipient: 'Kari Holm' },
      { text: 'Nattevakt igjen på avdelinga, fire beboere med feber og bare to på jobb', surface: 'post', site: 'facebook' },
      { text: 'Fin tur til Rondane i helga med ungene!', surface: 'post', site: 'instagram' },
    ];
    for (const d of drafts) {
      const r = read(d);
      const scores = scoreDraft(r.input, r.rules, model);
      const found = new Set(analyze(d, ctx).map((f) => f.kind));
      for (const s of scores) {
        const byRule = r.rules.some((f) => f.kind === s.kind) && !s.overrules;
        expect(found.has(s.kind), `${s.kind} on "${d.text}"`).toBe(byRule || (s.eligible && s.probability >= s.threshold));
      }
    }
  });

  it('weighs a sentence said many times about as it weighs it said a few times, and flags no harmless text for its length', () => {
    const model = bundledModel();
    const once = 'Så fint vær det var på fjellet i dag! ';
    for (const surface of ['post', 'comment', 'dm'] as const) {
      // Repeated, the text differs from the sentence only where one copy meets the next.
      const few = read({ text: once.repeat(100), surface, site: 'facebook' });
      const many = read({ text: once.repeat(1600), surface, site: 'facebook' });
      const a = scoreDraft(few.input, few.rules, model);
      const b = scoreDraft(many.input, many.rules, model);
      for (const [i, s] of a.entries()) expect(Math.abs(b[i]!.probability - s.probability), `${s.kind} on ${surface}`).toBeLessThan(0.02);
      expect(analyze({ text: once.repeat(1600), surface, site: 'facebook' }, ctx).map((f) => f.kind), surface).toEqual([]);
    }
  });

  it('is left out when a test runs chosen detectors', () => {
    const text = 'Nattevakt igjen på avdelinga';
    expect(analyze({ text, surface: 'post' }, ctx, []).length).toBe(0);
  });
});

describe.skipIf(!haveRealText())('peer ID vectors through the whole engine (rules and learned reader)', () => {
  const dir = new URL('../../../../shared/corpora/ids/', import.meta.url);
  const no = JSON.parse(readFileSync(new URL('no_fnr.json', dir), 'utf8')) as { value: string; valid: boolean; checksum_legacy: boolean; checksum_2032: boolean }[];
  const se = JSON.parse(readFileSync(new URL('se_pnr.json', dir), 'utf8')) as { value: string; valid: boolean; luhn_ok: boolean; kind: string }[];
  const confidentialIn = (text: string, set: string) =>
    analyze({ text, surface: 'post', site: 'facebook' }, { ...ctx, set: findBuiltinSet(set)! }).some((f) => f.kind === 'confidential');

  it('flags every valid number and no number whose check digits fail', () => {
    const wrong: string[] = [];
    for (const r of no) {
      const flagged = confidentialIn(`Kan du sjekke nummeret ${r.value} før fredag?`, 'ringebu');
      if (r.valid && !flagged) wrong.push(`missed ${r.value}`);
      if (!r.checksum_legacy && !r.checksum_2032 && flagged) wrong.push(`flagged ${r.value}`);
    }
    for (const r of se) {
      const flagged = confidentialIn(`Kan du kolla numret ${r.value} innan fredag?`, 'norsjo');
      if (r.valid && !flagged) wrong.push(`missed ${r.value}`);
      // Interim numbers carry a letter where the Luhn digit would be computed (ids.test.ts treats them apart).
      if (!r.luhn_ok && r.kind !== 'interim' && flagged) wrong.push(`flagged ${r.value}`);
    }
    expect(wrong).toEqual([]);
  });
});
