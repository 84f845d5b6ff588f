import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { processLine } from '../../src/cli/jsonl.ts';
import { findBuiltinSet } from '../../src/guidelines/index.ts';

const root = path.resolve(import.meta.dirname, '../..');
const ringebu = findBuiltinSet('ringebu')!;

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check.ts', ...args], { cwd: root, input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

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

describe('the check command', () => {
  it('prints findings with the quoted point', () => {
    const r = cli(['--set', 'ringebu', 'Kommunen har kuttet i hjemmetjenesten igjen!']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('work_no_disclaimer');
    expect(r.out).toContain('Ringebu kommune');
    expect(r.out).toMatch(/«.+»/);
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
  });
});
