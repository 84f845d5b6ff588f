import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatFindings, WIDTH, wrap } from '../../../src/cli/format.ts';
import { processLine } from '../../../src/cli/jsonl.ts';
import { langFromEnv } from '../../../src/cli/strings.ts';
import { analyze, DETECTORS, type GuidelineSet } from '../../../src/engine/index.ts';
import { findBuiltinSet } from '../../../src/guidelines/index.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const ringebu = findBuiltinSet('ringebu')!;

/** The checker as a user runs it; the locale is only what `locale` says, never the test machine's. */
function cli(args: string[], input?: string, locale: Record<string, string> = {}) {
  const { LC_ALL: _a, LC_MESSAGES: _m, LANG: _l, ...env } = process.env;
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check.ts', ...args], { cwd: root, input, encoding: 'utf8', env: { ...env, ...locale } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Output with its line breaks and indents read as single spaces, for phrases that may be wrapped. */
function flat(out: string): string {
  return out.replace(/\s+/g, ' ');
}

/** A quote laid out by `wrap` read back as one line: the indent taken off, the lines joined by a space. */
function unwrapped(lines: readonly string[]): string {
  return lines.map((l) => l.trimStart()).join(' ');
}

const DRAFT = 'Kommunen har kuttet i hjemmetjenesten igjen! Jeg jobber der. Ring meg på ola@ringebu.kommune.no. Pasienten Kari Hansen (fnr 15076500565) har demens.';

describe('processLine (JSON Lines contract)', () => {
  it('analyses a record with the named set and profile', () => {
    const out = processLine(
      JSON.stringify({ id: 'a1', text: 'Tack Ola Nordmann för i dag!', set: 'norsjo', surface: 'comment', peopleFromWork: ['Ola Nordmann'] }),
      ringebu,
      findBuiltinSet,
    );
    expect(out.id).toBe('a1');
    // The rule's finding; the learned reader may add its own reading of the comment beside it.
    const [contact, ...others] = out.findings!.filter((f) => f.kind === 'contact_client');
    expect(others).toEqual([]);
    expect(contact!.points.every((p) => p.startsWith('norsjo-'))).toBe(true);
    expect(contact!.spans).toEqual([[5, 17]]);
    expect(contact).not.toHaveProperty('source');
  });
  it.each([
    ['{"id": "b", "text": ', null, /not valid JSON/],
    ['[1,2]', null, /JSON object/],
    ['{"id": "c"}', 'c', /"text"/],
    ['{"id": "d", "text": "x", "set": "oslo"}', 'd', /unknown set "oslo"/],
    ['{"id": "e", "text": "x", "surface": "story"}', 'e', /"surface"/],
    ['{"id": "f", "text": "x", "peopleFromWork": "Ola"}', 'f', /peopleFromWork/],
  ])('refuses %s with a reason', (line, id, reason) => {
    const out = processLine(line, ringebu, findBuiltinSet);
    expect(out.id).toBe(id);
    expect(out.error).toMatch(reason);
    expect(out.findings).toBeUndefined();
  });
});

describe('langFromEnv', () => {
  it.each([
    [{ LANG: 'nb_NO.UTF-8' }, 'nb'],
    [{ LANG: 'no_NO' }, 'nb'],
    [{ LANG: 'nn_NO.UTF-8' }, 'nn'],
    [{ LANG: 'sv_SE.UTF-8' }, 'sv'],
    [{ LANG: 'sv_FI@euro' }, 'sv'],
    [{ LANG: 'de_DE.UTF-8' }, 'en'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{}, 'en'],
    // POSIX order: LC_ALL over LC_MESSAGES over LANG; an empty one does not count.
    [{ LC_ALL: 'sv_SE', LC_MESSAGES: 'nn_NO', LANG: 'nb_NO' }, 'sv'],
    [{ LC_ALL: '', LC_MESSAGES: 'nn_NO', LANG: 'nb_NO' }, 'nn'],
  ])('%o gives %s', (env, lang) => {
    expect(langFromEnv(env)).toBe(lang);
  });
});

describe('wrap', () => {
  it('breaks only at spaces, within the width, and gives the text back', () => {
    const text = `${'ord '.repeat(40)}https://example.com/${'x'.repeat(90)} slutt`;
    const lines = wrap(text, 4);
    for (const line of lines) {
      expect(line.startsWith('    ')).toBe(true);
      if (line.trim().includes(' ')) expect(line.length).toBeLessThanOrEqual(WIDTH);
    }
    expect(unwrapped(lines)).toBe(text);
  });
});

describe('the human output (formatFindings)', () => {
  const findings = analyze({ text: DRAFT, site: 'facebook', surface: 'post' }, { set: ringebu, profile: { workplaces: [], peopleFromWork: [], disclaimers: {} } });

  it('names kinds in words, quotes the cue words and gives no ids, offsets or severities', () => {
    const out = flat(formatFindings(DRAFT, findings, ringebu, 'en'));
    expect(out).toContain('Your guideline: Ringebu kommune');
    expect(out).toContain('1. Writing about work');
    expect(out).toContain('Duty of confidentiality');
    expect(out).toContain('In your draft: “Kommunen”, “hjemmetjenesten”');
    // The finding's own message, not a definition of the detector.
    expect(out).toContain('This looks like a valid Norwegian national identity number (fødselsnummer).');
    expect(out).toContain('The “Mask the number” button replaces “15076500565” with “***********”.');
    expect(out).toMatch(/The “Add disclaimer” button adds this at the end of the text: “Jeg uttaler meg/);
    for (const internal of ['work_no_disclaimer', 'work_email', 'ringebu-', '(low', '(high', '(medium', '[0–8]']) expect(out).not.toContain(internal);
    expect(out).not.toMatch(/\[\d+[–-]\d+\]/);
  });

  it('speaks bokmål, nynorsk and Swedish with the nudge’s own words', () => {
    expect(formatFindings(DRAFT, findings, ringebu, 'nb')).toContain('1. Du skriver om jobben');
    expect(flat(formatFindings(DRAFT, findings, ringebu, 'nb'))).toContain('Knappen «Skjul nummeret» bytter ut «15076500565» med «***********».');
    expect(formatFindings(DRAFT, findings, ringebu, 'nn')).toContain('Teieplikt');
    expect(formatFindings(DRAFT, findings, ringebu, 'sv')).toContain('Tystnadsplikt');
    expect(formatFindings('Fin tur!', [], ringebu, 'sv')).toBe('Dina riktlinjer: Ringebu kommune\nInget att påpeka i utkastet just nu.');
  });

  it('quotes each point once, whole and word for word, after the findings that cite it', () => {
    const out = formatFindings(DRAFT, findings, ringebu, 'nb');
    const lines = out.split('\n');
    const cited = new Set(findings.flatMap((f) => f.points.map((p) => p.id)));
    expect(findings.filter((f) => f.kind === 'confidential')).toHaveLength(2);
    for (const id of cited) {
      const point = ringebu.points.find((p) => p.id === id)!;
      // The source line, then the quote up to its closing mark.
      const at = lines.findIndex((l) => l.trimStart().startsWith(`«${point.text.split(' ')[0]}`) && unwrapped(lines.slice(lines.indexOf(l))).startsWith(`«${point.text}»`));
      expect(at, id).toBeGreaterThan(0);
      expect(flat(out).split(point.text.split(' ').slice(0, 6).join(' ')), id).toHaveLength(2);
    }
    // Both confidentiality findings come before the one block that quotes their points.
    const block = lines.indexOf('Dette står i retningslinjene (funn 2 og 3):');
    expect(block).toBeGreaterThan(lines.indexOf('3. Taushetsplikt'));
    expect(lines.every((l) => l.length <= WIDTH || !l.trim().includes(' '))).toBe(true);
  });

  it('never cuts a long point', () => {
    const dm = 'Hei! Husk leksene dine';
    const long = ringebu.points.find((p) => p.id === 'ringebu-2.3')!;
    expect(long.text.length).toBeGreaterThan(400);
    const out = formatFindings(dm, analyze({ text: dm, surface: 'dm', recipient: 'Ola Nordmann' }, { set: ringebu, profile: { workplaces: [], peopleFromWork: [], disclaimers: {} } }), ringebu, 'nb');
    expect(flat(out)).toContain(`«${long.text}»`);
  });

  it('points back to a point quoted earlier instead of quoting it again', () => {
    // The set's confidentiality point made to cover work e-mail too: the second kind refers back to it.
    const point = ringebu.points.find((p) => p.kinds.includes('confidential'));
    if (point === undefined) throw new Error('ringebu has no confidentiality point');
    const shared: GuidelineSet = { ...ringebu, points: ringebu.points.map((p) => (p.id === point.id ? { ...p, kinds: [...p.kinds, 'work_email'] } : p)) };
    const again = analyze({ text: DRAFT }, { set: shared, profile: { workplaces: [], peopleFromWork: [], disclaimers: {} } });
    const out = flat(formatFindings(DRAFT, again, shared, 'en'));
    expect(out).toMatch(new RegExp(`Ringebu kommune, point ${point.number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^:]*: quoted above, under finding \\d\\.`));
    const opening = point.text.replace(/\s+/g, ' ').slice(0, 40);
    expect(out.split(opening), 'the point is quoted once').toHaveLength(2);
  });

  it('says so when the set has no point on a kind, and quotes no other set', () => {
    const bare: GuidelineSet = { ...ringebu, points: ringebu.points.map((p) => ({ ...p, kinds: p.kinds.filter((k) => k !== 'confidential') })) };
    const none = analyze({ text: DRAFT }, { set: bare, profile: { workplaces: [], peopleFromWork: [], disclaimers: {} } });
    const out = flat(formatFindings(DRAFT, none, bare, 'en'));
    expect(out).toContain('The guideline of Ringebu kommune has no point on this. Varsom mentions it as a general reminder.');
    expect(out).not.toContain('Politikere og kommunalt ansatte har');
    expect(out).not.toContain('(findings 2 and 3)');
  });
});

describe('the check command', () => {
  it('prints findings with the quoted point, in the language of the locale', () => {
    const r = cli(['--set', 'ringebu', 'Kommunen har kuttet i hjemmetjenesten igjen!'], undefined, { LANG: 'nb_NO.UTF-8' });
    expect(r.code).toBe(0);
    expect(r.out).toContain('Retningslinjene dine: Ringebu kommune');
    expect(r.out).toContain('1. Du skriver om jobben');
    expect(r.out).toMatch(/«.+»/);
    expect(r.out).not.toContain('work_no_disclaimer');
  });
  it('takes --lang over the locale, and English when the locale is none of the four', () => {
    expect(cli(['--lang', 'en', 'Kommunen kutter igjen'], undefined, { LANG: 'nb_NO.UTF-8' }).out).toContain('1. Writing about work');
    expect(cli(['Kommunen kutter igjen'], undefined, { LANG: 'de_DE.UTF-8' }).out).toContain('1. Writing about work');
    const bad = cli(['--lang', 'de', 'Kommunen kutter igjen']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--lang');
  });
  it('exits 2 on an unknown set and lists the known ones', () => {
    const r = cli(['--set', 'oslo', 'tekst']);
    expect(r.code).toBe(2);
    for (const id of ['romskog', 'ringebu', 'norsjo', 'utsira']) expect(r.err).toContain(id);
  });
  it('reads JSON Lines, one result per line, and goes on after a bad line', () => {
    const input = ['{"id":"1","text":"Kommunen kutter igjen"}', 'not json', '', '{"id":"3","text":"Fin tur i dag"}'].join('\n');
    const r = cli(['--jsonl', '--set', 'utsira'], input);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].findings[0].kind).toBe('work_no_disclaimer');
    expect(lines[0].findings[0].points.every((p: string) => p.startsWith('utsira-'))).toBe(true);
    expect(lines[1].error).toMatch(/JSON/);
    expect(lines[2]).toEqual({ id: '3', findings: [] });
  });
  it('validates a set file: 0 when valid, 1 with the errors when not', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'varsom-'));
    const good = path.join(dir, 'good.json');
    writeFileSync(good, JSON.stringify(ringebu));
    expect(cli(['--validate-set', good]).code).toBe(0);
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...ringebu, points: [{ id: 'ringebu-1', number: '1', kinds: [] }] }));
    const r = cli(['--validate-set', bad]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('points[0].text');
    // A file saved with a byte-order mark is read like any other (the same parser as the options import).
    const marked = path.join(dir, 'marked.json');
    writeFileSync(marked, `\uFEFF${JSON.stringify(ringebu)}`);
    expect(cli(['--validate-set', marked]).code).toBe(0);
  });
  it('lists the rules, one line per finding kind', () => {
    const r = cli(['--list-rules']);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n').map((l) => l.trim().split(/\s+/)[0])).toEqual([...DETECTORS.map((d) => d.kind)]);
  });
});

// The README shows what the checker prints; run each example and compare, so
// the examples cannot go stale.
describe('the README’s checker examples', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const examples = [...readme.matchAll(/```console\n\$ (.+?)\n```/gs)].map((m) => m[1]!);
  /** The arguments of a command line as the README writes them: words and "double-quoted" strings. */
  const words = (line: string) => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);

  it('has the nb, en and JSON Lines examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });
  it.each(examples.map((e) => [e.split('\n')[0]!, e]))('%s', (_first, example) => {
    // `echo '…' \` and `  | npm run …` on the next line, or one npm line; then the output.
    const lines = example.split('\n');
    const piped = /^echo '(.*)' \\$/.exec(lines[0]!);
    const command = piped ? lines[1]!.replace(/^\s*\|\s*/, '') : lines[0]!;
    const expected = lines.slice(piped ? 2 : 1).join('\n');
    const [npm, run, silent, check, dashes, ...args] = words(command);
    expect([npm, run, silent, check, dashes]).toEqual(['npm', 'run', '--silent', 'check', '--']);
    const r = cli(args, piped ? `${piped[1]}\n` : undefined);
    expect(r.code).toBe(0);
    expect(r.out.trimEnd()).toBe(expected);
  });
});

describe('people from work who are also friends', () => {
  it('--friend and the jsonl field alsoFriends quiet ordinary chat, not a work matter', () => {
    const chat = 'Hei, takk for sist!';
    const listed = cli(['--json', '--surface', 'dm', '--site', 'facebook', '--recipient', 'Ola Nordmann', '--person', 'Ola Nordmann', chat]);
    const friend = cli(['--json', '--surface', 'dm', '--site', 'facebook', '--recipient', 'Ola Nordmann', '--person', 'Ola Nordmann', '--friend', 'Ola Nordmann', chat]);
    expect(listed.code).toBe(0);
    expect(friend.code).toBe(0);
    expect(JSON.stringify(JSON.parse(listed.out))).toContain('contact_client');
    expect(JSON.stringify(JSON.parse(friend.out))).not.toContain('contact_client');
    const line = JSON.stringify({ id: 'w', text: 'Husk å levere leksene dine i morgen', site: 'facebook', surface: 'dm', recipient: 'Ola Nordmann', peopleFromWork: ['Ola Nordmann'], alsoFriends: ['Ola Nordmann'] });
    const out = cli(['--jsonl'], line);
    expect(out.out).toContain('contact_client');
  });
});
