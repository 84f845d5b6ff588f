import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { workEmail } from '../../../src/engine/detectors/work-email/index.ts';
import { TEST_SET, testContext } from '../helpers/context.ts';

describe('work_email', () => {
  const ctx = testContext();
  it('flags the employer’s address given on a private post', () => {
    const text = 'Selger sofa, send meg en mail på kari.hansen@testby.kommune.no!';
    const [f] = analyze({ text, surface: 'post' }, ctx, [workEmail]);
    expect(f!.kind).toBe('work_email');
    expect(f!.spans.map(([s, e]) => text.slice(s, e))).toEqual(['kari.hansen@testby.kommune.no']);
    expect(f!.points.map((p) => p.id)).toEqual(['testby-4']);
  });
  it('ignores other domains and direct messages', () => {
    expect(analyze({ text: 'kari@gmail.com', surface: 'post' }, ctx, [workEmail])).toEqual([]);
    expect(analyze({ text: 'Send det til kari@testby.kommune.no', surface: 'dm' }, ctx, [workEmail])).toEqual([]);
  });
  it('reads "(at)" as "@"', () => {
    const text = 'Kontakt meg: kari(at)testby.kommune.no';
    const [f] = analyze({ text, surface: 'post' }, ctx, [workEmail]);
    expect(f!.spans.map(([s, e]) => text.slice(s, e))).toEqual(['kari(at)testby.kommune.no']);
  });
  it.each(['Meld deg på: kari.nes (at) testby.kommune.no', 'Sign up: kari.nes [at] testby.kommune.no'])('reads a spaced "(at)" too: %s', (text) => {
    const [f] = analyze({ text, surface: 'post' }, ctx, [workEmail]);
    expect(f!.spans.map(([s, e]) => text.slice(s, e))).toEqual([text.slice(text.indexOf('kari'))]);
  });
  it('still reports for a set without such a point, with no borrowed point', () => {
    const noPoint = testContext({}, { ...TEST_SET, points: TEST_SET.points.filter((p) => !p.kinds.includes('work_email')) });
    const [f] = analyze({ text: 'kari@testby.kommune.no', surface: 'post' }, noPoint, [workEmail]);
    expect(f!.points).toEqual([]);
  });
});
