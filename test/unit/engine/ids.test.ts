// ID number validators and scanner: the peer test vectors in
// /work/shared/corpora/ids, look-alike numbers, and properties.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findIdNumbers, validateNorwegianId, validateSwedishId } from '../../../src/engine/ids/index.ts';
import { analyze } from '../../../src/engine/index.ts';
import { confidential } from '../../../src/engine/detectors/confidential/index.ts';
import { testContext } from '../helpers/context.ts';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CORPORA = path.resolve(REPO_ROOT, '../shared/corpora');
const NO_FILE = path.join(CORPORA, 'ids/no_fnr.json');
const SE_FILE = path.join(CORPORA, 'ids/se_pnr.json');
const HAVE_VECTORS = existsSync(NO_FILE) && existsSync(SE_FILE);
if (!HAVE_VECTORS) console.warn(`[ids.test] NOTICE: ${CORPORA}/ids not found — the peer test-vector checks are skipped.`);

interface NoRecord {
  value: string;
  valid: boolean;
  kind: string;
  subkind: string;
  compact: string;
  checksum_legacy: boolean;
  checksum_2032: boolean;
  date_ok: boolean | null;
  note?: string;
}
interface SeRecord {
  value: string;
  valid: boolean;
  kind: 'pnr' | 'snr' | 'interim';
  format: string;
  compact: string;
  luhn_ok: boolean;
  date_ok: boolean | null;
  note?: string;
}

const ctx = testContext();

/** ID findings the detector reports for a sentence, as the text they cover. */
function idFindingsIn(text: string): Array<{ written: string; idType: unknown; severity: string }> {
  return analyze({ text }, ctx, [confidential])
    .filter((f) => f.message.key === 'finding_confidential_id')
    .map((f) => ({ written: text.slice(f.spans[0]![0], f.spans[0]![1]), idType: f.message.params.idType, severity: f.severity }));
}

const NO_SENTENCE = (v: string): string => `Kan du sjekke nummeret ${v} før fredag?`;
const SE_SENTENCE = (v: string): string => `Kan du kolla numret ${v} innan fredag?`;

// ---------------------------------------------------------------- test vectors

describe.skipIf(!HAVE_VECTORS)('peer test vectors (shared/corpora/ids)', () => {
  const no: NoRecord[] = HAVE_VECTORS ? JSON.parse(readFileSync(NO_FILE, 'utf8')) : [];
  const se: SeRecord[] = HAVE_VECTORS ? JSON.parse(readFileSync(SE_FILE, 'utf8')) : [];

  it('has the records the README describes', () => {
    expect(no.length).toBeGreaterThan(600);
    expect(se.length).toBeGreaterThan(1400);
  });

  it('detects every Norwegian number its source labels valid, written into a sentence', () => {
    const missed: string[] = [];
    for (const r of no.filter((x) => x.valid)) {
      const hits = idFindingsIn(NO_SENTENCE(r.value));
      if (!hits.some((h) => h.written === r.value)) missed.push(`${r.value} (${r.subkind})`);
    }
    expect(missed).toEqual([]);
  });

  it('never flags a Norwegian number whose control digits fail', () => {
    const flagged: string[] = [];
    for (const r of no.filter((x) => !x.checksum_legacy && !x.checksum_2032)) {
      if (idFindingsIn(NO_SENTENCE(r.value)).length > 0) flagged.push(r.value);
    }
    expect(flagged).toEqual([]);
  });

  it('agrees with the collectors’ own checksum and date columns', () => {
    // Our rule: FH-numbers (first digit 8/9) legacy mod-11 only; the others the 2032 rule plus a real date.
    const disagree: string[] = [];
    for (const r of no.filter((x) => /^[0-9]{11}$/.test(x.compact))) {
      const fh = r.compact[0] === '8' || r.compact[0] === '9';
      const expected = fh ? r.checksum_legacy : r.checksum_2032 && r.date_ok === true;
      if ((validateNorwegianId(r.compact) !== null) !== expected) disagree.push(r.compact);
    }
    expect(disagree).toEqual([]);
  });

  it('accepts the 2032-rule numbers that fail the legacy rule', () => {
    const only2032 = no.filter((x) => x.valid && x.checksum_2032 && !x.checksum_legacy);
    expect(only2032.length).toBeGreaterThan(0);
    for (const r of only2032) expect(validateNorwegianId(r.compact)?.rule).toBe('2032');
  });

  it('names the Norwegian ID types by their structure', () => {
    const expectedType = (r: NoRecord): string =>
      r.subkind.startsWith('dnr') || r.kind === 'dnr' ? 'd-nummer' : r.subkind.startsWith('hnr') || r.subkind === 'fh-nummer' ? 'h-nummer' : 'fodselsnummer';
    const wrong: string[] = [];
    for (const r of no.filter((x) => x.valid)) {
      const t = validateNorwegianId(r.compact)?.type;
      if (t !== expectedType(r)) wrong.push(`${r.compact} ${r.subkind}: ${t}`);
    }
    expect(wrong).toEqual([]);
  });

  it('reports the checksum-valid records labelled invalid for the future-date/century reasons (documented choice)', () => {
    // See src/engine/ids/no-fnr.ts: a real date and both control digits are enough.
    const ambiguous = no.filter((x) => !x.valid && x.checksum_2032 && x.date_ok === true);
    expect(ambiguous.length).toBe(6);
    for (const r of ambiguous) expect(idFindingsIn(NO_SENTENCE(r.value)).map((h) => h.written)).toEqual([r.value]);
    // …while impossible dates (29.02.1999, month 13 after the offset) are not reported.
    for (const r of no.filter((x) => !x.valid && x.checksum_2032 && x.date_ok === false)) {
      expect(idFindingsIn(NO_SENTENCE(r.value))).toEqual([]);
    }
  });

  it('detects every Swedish number its source labels valid, written into a sentence', () => {
    const missed: string[] = [];
    for (const r of se.filter((x) => x.valid)) {
      const hits = idFindingsIn(SE_SENTENCE(r.value));
      if (!hits.some((h) => h.written === r.value)) missed.push(`${r.value} (${r.kind} ${r.format})`);
    }
    expect(missed).toEqual([]);
  });

  it('never flags a Swedish number whose Luhn digit fails', () => {
    const flagged: string[] = [];
    for (const r of se.filter((x) => !x.luhn_ok && x.kind !== 'interim')) {
      if (idFindingsIn(SE_SENTENCE(r.value)).length > 0) flagged.push(r.value);
    }
    expect(flagged).toEqual([]);
  });

  it('handles the Swedish records labelled invalid despite a passing Luhn digit as documented', () => {
    const rest = se.filter((x) => !x.valid && x.luhn_ok);
    // Serial 000 is never issued, month 99 is no date: not reported.
    for (const r of rest.filter((x) => /000[0-9]$/.test(x.compact) || x.date_ok === false)) {
      expect(idFindingsIn(SE_SENTENCE(r.value))).toEqual([]);
    }
    // A space as separator ("19090527 1474") is how people type: reported.
    const spaced = rest.filter((x) => x.value.includes(' '));
    expect(spaced.length).toBeGreaterThan(0);
    for (const r of spaced) expect(idFindingsIn(SE_SENTENCE(r.value)).map((h) => h.written)).toEqual([r.value]);
  });

  it('names Swedish types: samordningsnummer for day + 60, personnummer otherwise (interim included)', () => {
    const wrong: string[] = [];
    for (const r of se.filter((x) => x.valid)) {
      const hit = findIdNumbers(SE_SENTENCE(r.value))[0];
      const expected = r.kind === 'snr' ? 'samordningsnummer' : 'personnummer';
      if (hit?.type !== expected) wrong.push(`${r.value}: ${hit?.type}`);
    }
    expect(wrong).toEqual([]);
  });

  it('interim letters outside the allowed set are rejected', () => {
    const bad = se.filter((x) => x.kind === 'interim' && !x.valid);
    expect(bad.length).toBeGreaterThan(0);
    for (const r of bad) expect(findIdNumbers(SE_SENTENCE(r.value))).toEqual([]);
  });
});

// ------------------------------------------------ independent check-digit helpers
// Written from the published rules (corpora README / Skatteverket), not from the
// code under test, so they can disagree with it.

function noCheckDigits(nine: string): string | null {
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const d = [...nine].map(Number);
  const k1 = (11 - (d.reduce((s, x, i) => s + x * w1[i]!, 0) % 11)) % 11;
  if (k1 === 10) return null;
  d.push(k1);
  const k2 = (11 - (d.reduce((s, x, i) => s + x * w2[i]!, 0) % 11)) % 11;
  if (k2 === 10) return null;
  return `${nine}${k1}${k2}`;
}

function luhnDigit(nine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let v = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  }
  return (10 - (sum % 10)) % 10;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

const noNumber = fc
  .record({
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.integer({ min: 1, max: 12 }),
    year: fc.integer({ min: 0, max: 99 }),
    individual: fc.integer({ min: 0, max: 999 }),
    dayOffset: fc.constantFrom(0, 40),
    monthOffset: fc.constantFrom(0, 40, 80),
  })
  .map((r) => noCheckDigits(`${pad2(r.day + r.dayOffset)}${pad2(r.month + r.monthOffset)}${pad2(r.year)}${String(r.individual).padStart(3, '0')}`))
  .filter((x): x is string => x !== null);

const seNumber = fc
  .record({
    century: fc.constantFrom('19', '20', ''),
    year: fc.integer({ min: 0, max: 99 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    coordination: fc.boolean(),
    serial: fc.integer({ min: 1, max: 999 }),
  })
  .map((r) => {
    const nine = `${pad2(r.year)}${pad2(r.month)}${pad2(r.day + (r.coordination ? 60 : 0))}${String(r.serial).padStart(3, '0')}`;
    return { century: r.century, ten: `${nine}${luhnDigit(nine)}` };
  });

/** A generated valid number in one of the written forms people use. */
const writtenId = fc.oneof(
  fc.tuple(noNumber, fc.constantFrom('compact', 'hyphen', 'space', 'space3')).map(([d, form]) => ({
    written:
      form === 'compact' ? d : form === 'hyphen' ? `${d.slice(0, 6)}-${d.slice(6)}` : form === 'space' ? `${d.slice(0, 6)} ${d.slice(6)}` : `${d.slice(0, 6)} ${d.slice(6, 9)} ${d.slice(9)}`,
    loose: form === 'space' || form === 'space3',
  })),
  fc.tuple(seNumber, fc.constantFrom('', '-', '+', ' ')).map(([n, sep]) => ({
    written: `${n.century}${n.ten.slice(0, 6)}${sep}${n.ten.slice(6)}`,
    loose: sep === ' ',
  })),
);

// ------------------------------------------------------------------ look-alikes

describe('look-alike numbers', () => {
  // A valid fødselsnummer to build look-alikes from: 13.09.72, individual 480.
  const fnr = noCheckDigits('130972480')!;
  const spnr = (() => {
    const nine = '070123456';
    return `${nine}${luhnDigit(nine)}`;
  })();

  it('the base numbers are valid when written alone (so the negatives below mean something)', () => {
    expect(findIdNumbers(`nr ${fnr}`).map((h) => h.digits)).toEqual([fnr]);
    expect(findIdNumbers(`nr ${spnr}`).map((h) => h.digits)).toEqual([spnr]);
  });

  it.each([
    ['Norwegian mobile', 'Ring meg på +47 912 34 567 i kveld'],
    ['Swedish mobile', 'Ring mig på 070-123 45 67'],
    ['Swedish mobile, international', 'Nummer: 0046 70 123 45 67'],
    ['date with dots', 'Møtet er 12.03.2024 kl 10'],
    ['ISO date', 'Mötet är 2024-03-12'],
    ['date with slashes', 'Due 12/03/2024'],
    ['Norwegian bank account', 'Kontonummer 1234.56.78903'],
    ['organisation number', 'Org.nr. 974 760 673'],
    ['Swedish organisationsnummer', 'Orgnr 556016-0680'],
    ['invoice number', 'Fakturanr 20240001'],
  ])('%s is not an ID', (_label, text) => {
    expect(findIdNumbers(text)).toEqual([]);
    expect(idFindingsIn(text)).toEqual([]);
  });

  it('a valid number inside a longer digit run, glued to other digits, in a URL or a word is not an ID', () => {
    for (const text of [
      `1${fnr}`,
      `${fnr}7`,
      `ref 12-${fnr}`,
      `${fnr}.5 kg`,
      `${fnr},00 kr`,
      `123 ${fnr.slice(0, 6)} ${fnr.slice(6)}`,
      `https://example.com/?id=${fnr}`,
      `@user${fnr}`,
      `ABC${fnr}`,
      `+${fnr}`,
      `${fnr.slice(0, 4)}.${fnr.slice(4, 6)}.${fnr.slice(6)}`,
    ]) {
      expect(findIdNumbers(text), text).toEqual([]);
    }
  });

  it('the same digits as an account, order or phone number are not flagged; as an ID they are', () => {
    expect(idFindingsIn(`Her er ${fnr} til deg`)).toHaveLength(1);
    for (const text of [`Kontonr ${fnr}`, `Ordrenummer: ${fnr}`, `KID ${fnr}`, `Kundenummer ${fnr}`, `tlf ${spnr}`, `Ring mig på ${spnr}`]) {
      expect(idFindingsIn(text), text).toEqual([]);
    }
  });

  it('a number with a wrong control digit is not flagged', () => {
    const wrong = `${fnr.slice(0, 10)}${(Number(fnr[10]) + 1) % 10}`;
    expect(findIdNumbers(`fnr ${wrong}`)).toEqual([]);
    const wrongSe = `${spnr.slice(0, 9)}${(Number(spnr[9]) + 1) % 10}`;
    expect(findIdNumbers(`pnr ${wrongSe.slice(0, 6)}-${wrongSe.slice(6)}`)).toEqual([]);
  });

  it('FH-numbers keep the legacy rule: a 2032-only control digit is rejected', () => {
    // 8-prefixed numbers with k1 remainder 1..3 pass the 2032 rule only.
    let tried = 0;
    for (let n = 800000000; n < 800000400; n++) {
      const nine = String(n);
      for (let k1 = 0; k1 <= 9; k1++) {
        const ten = `${nine}${k1}`;
        const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
        const k2 = (11 - ([...ten].reduce((s, x, i) => s + Number(x) * w2[i]!, 0) % 11)) % 11;
        if (k2 === 10) continue;
        const d = `${ten}${k2}`;
        const legacy = noCheckDigits(nine) === d;
        if (legacy) continue;
        tried++;
        expect(validateNorwegianId(d), d).toBeNull();
      }
    }
    expect(tried).toBeGreaterThan(100);
  });
});

// ------------------------------------------------------------------- properties

describe('properties', () => {
  it('scanning never throws and every hit is consistent, whatever the text', () => {
    const noisy = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.array(fc.constantFrom(...'0123456789 -+./:,TXa\n'), { maxLength: 200 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(noisy, (text) => {
        const hits = findIdNumbers(text);
        let last = -1;
        for (const h of hits) {
          expect(h.start).toBeGreaterThanOrEqual(last);
          expect(h.end).toBeGreaterThan(h.start);
          last = h.end;
          const compact = text.slice(h.start, h.end).replace(/[^0-9A-Z]/g, '');
          expect(compact).toBe(h.digits);
          const ok = h.country === 'NO' ? validateNorwegianId(h.digits) : validateSwedishId(h.digits);
          expect(ok).not.toBeNull();
        }
        // The detector must not throw either.
        analyze({ text }, ctx, [confidential]);
      }),
      { numRuns: 400 },
    );
  });

  it('finds a generated valid number wherever it is placed among random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), writtenId, fc.string({ maxLength: 60 }), (before, id, after) => {
        // Spaced forms are ambiguous next to other digit groups ("12 010203 12345"): keep a non-digit there.
        fc.pre(!id.loose || (!/[0-9]$/.test(before) && !/^[0-9]/.test(after)));
        const text = `${before} ${id.written} ${after}`;
        const start = before.length + 1;
        const hits = findIdNumbers(text);
        expect(hits.some((h) => h.start === start && h.end === start + id.written.length)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('random digit strings with a corrupted check digit are never flagged', () => {
    const corrupted = fc.oneof(
      fc.tuple(noNumber, fc.integer({ min: 1, max: 9 }), fc.boolean()).map(([d, delta, k1]) => {
        // Change K2, or K1 (which then breaks K2: its weight there is 2).
        const i = k1 ? 9 : 10;
        return `${d.slice(0, i)}${(Number(d[i]) + delta) % 10}${d.slice(i + 1)}`;
      }),
      fc.tuple(seNumber, fc.integer({ min: 1, max: 9 }), fc.constantFrom('', '-', '+')).map(([n, delta, sep]) => {
        const bad = `${n.ten.slice(0, 9)}${(Number(n.ten[9]) + delta) % 10}`;
        return `${n.century}${bad.slice(0, 6)}${sep}${bad.slice(6)}`;
      }),
    );
    fc.assert(
      fc.property(corrupted, fc.constantFrom('fnr ', 'personnummer ', '', 'Kari Hansen '), (written, lead) => {
        expect(findIdNumbers(`${lead}${written}.`)).toEqual([]);
        expect(idFindingsIn(`${lead}${written}.`)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

});
