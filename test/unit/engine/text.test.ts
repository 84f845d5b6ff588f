import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/engine/text/fold.ts';
import { tokenize } from '../../../src/engine/text/tokenize.ts';
import { compileTerms, matchTerms, withinOneEdit } from '../../../src/engine/text/terms.ts';
import { detectLanguage } from '../../../src/engine/text/language.ts';
import { findName, sameName } from '../../../src/engine/text/names.ts';
import { findEmailAddresses } from '../../../src/engine/text/email.ts';

describe('fold', () => {
  it('drops case and diacritics so missing diacritics still match', () => {
    expect(fold('Rømskog')).toBe('romskog');
    expect(fold('NORSJÖ')).toBe('norsjo');
    expect(fold('Blåbær')).toBe('blabaer');
    expect(fold('ta\u00ADus\u200Dhet')).toBe('taushet');
  });
});

describe('tokenize', () => {
  it('keeps UTF-16 offsets of the original text, around emoji and hashtags', () => {
    const text = 'Hei 👋 #RømskogKommune, kommunen!';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['hei', 'romskogkommune', 'kommunen']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });
  it('marks numbers and capitals', () => {
    const [a, b] = tokenize('Ola 123');
    expect(a!.capitalised).toBe(true);
    expect(b!.numeric).toBe(true);
  });
});

describe('withinOneEdit', () => {
  it.each([
    ['kommunen', 'kommnen', true],
    ['kommunen', 'kommunenn', true],
    ['kommunen', 'kommuenn', true],
    ['kommunen', 'kommunal', false],
    ['abc', 'abc', true],
    ['abcdef', 'abcxyz', false],
  ])('%s ~ %s → %s', (a, b, want) => expect(withinOneEdit(a, b)).toBe(want));
});

describe('matchTerms', () => {
  const terms = compileTerms([
    { pattern: 'kommun*', tag: 'prefix' },
    { pattern: '*tjeneste*', tag: 'infix' },
    { pattern: 'på jobb', tag: 'phrase' },
    { pattern: 'taushetsplikt', tag: 'exact' },
  ]);
  const tags = (text: string) => matchTerms(tokenize(text), terms).map((m) => [m.tag, text.slice(m.start, m.end)]);

  it('matches inflections, compounds and phrases with their spans', () => {
    expect(tags('Kommunens hjemmetjenesten, på jobb')).toEqual([
      ['prefix', 'Kommunens'],
      ['infix', 'hjemmetjenesten'],
      ['phrase', 'på jobb'],
    ]);
  });
  it('tolerates one typo in long words only', () => {
    expect(tags('taushetplikt')).toEqual([['exact', 'taushetplikt']]);
    expect(tags('pa jobb')).toEqual([['phrase', 'pa jobb']]);
    expect(tags('på jibb')).toEqual([]);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['Jeg skriver dette som privatperson, ikke på vegne av kommunen.', 'nb'],
    ['Eg skriv dette som privatperson, ikkje på vegner av kommuna.', 'nn'],
    ['Jag skriver som privatperson och åsikterna är mina egna.', 'sv'],
    ['I am writing this as a private person and the views are my own.', 'en'],
  ])('%s → %s', (text, lang) => expect(detectLanguage(tokenize(text))).toBe(lang));
});

describe('names', () => {
  it('recognises the same person written differently', () => {
    expect(sameName('Ola Nordmann', 'ola nordmann')).toBe(true);
    expect(sameName('Ola Johan Nordmann', 'Ola Nordmann')).toBe(true);
    expect(sameName('Ola N.', 'Ola Nordmann')).toBe(true);
    expect(sameName('Ola Hansen', 'Ola Nordmann')).toBe(false);
    expect(sameName('Ola', 'Ola Nordmann')).toBe(false);
  });
  it('finds a name in a draft', () => {
    const text = 'Hei Ola Nordmann og Ola!';
    expect(findName(tokenize(text), 'Ola Nordmann')).toEqual([[4, 16]]);
  });
});

describe('findEmailAddresses', () => {
  it('finds addresses and trims trailing punctuation', () => {
    const text = 'Skriv til kari.hansen@ringebu.kommune.no. Eller @kari på insta.';
    const found = findEmailAddresses(text);
    expect(found.map((a) => text.slice(a.start, a.end))).toEqual(['kari.hansen@ringebu.kommune.no']);
    expect(found[0]!.domain).toBe('ringebu.kommune.no');
  });
});
