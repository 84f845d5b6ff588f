// Properties of analyze() on arbitrary input: it never throws, and whatever it
// reports points inside the text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, type Surface } from '../../../src/engine/index.ts';
import { testContext } from '../helpers/context.ts';

const ctx = testContext({ workplaces: ['Fjellheim sykehjem'], peopleFromWork: ['Ola Nordmann'] });

// Text drawn from pieces that exercise the detectors, glued with noise.
const piece = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('kommunen', 'Kommnen', 'privatperson', 'leksene dine', 'til alle foreldre', '13097248022', '850101-1234',
    'saksnr 23/1234', '@', 'kari@testby.kommune.no', '\u200D', '\u0301', '#', '👩‍👩‍👧', 'Ola Nordmann', '\n\n', 'ä', 'ø', ' '),
  fc.stringMatching(/^[0-9 \-+./]{0,40}$/),
);
const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
const surface = fc.constantFrom<Surface>('post', 'comment', 'dm');

describe('analyze on arbitrary input', () => {
  it('never throws and every span and fix lies inside the text', () => {
    fc.assert(
      fc.property(text, surface, fc.option(fc.string(), { nil: undefined }), (t, s, recipient) => {
        const findings = analyze({ text: t, surface: s, ...(recipient !== undefined ? { recipient } : {}) }, ctx);
        for (const f of findings) {
          expect(f.spans.length).toBeGreaterThan(0);
          for (const [a, b] of f.spans) {
            expect(a).toBeGreaterThanOrEqual(0);
            expect(b).toBeGreaterThan(a);
            expect(b).toBeLessThanOrEqual(t.length);
          }
          if (f.fix?.type === 'mask') expect(f.fix.span[1]).toBeLessThanOrEqual(t.length);
          expect(f.points.every((p) => p.setId === ctx.set.id)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same findings for the same draft (no hidden state between calls)', () => {
    fc.assert(
      fc.property(text, surface, (t, s) => {
        expect(analyze({ text: t, surface: s }, ctx)).toEqual(analyze({ text: t, surface: s }, ctx));
      }),
      { numRuns: 200 },
    );
  });

  it('handles 100 000 characters of hostile text', () => {
    for (const t of ['9'.repeat(100_000), '12 '.repeat(33_000), `a${'\u0301'.repeat(99_999)}`, 'k\u200D'.repeat(50_000), '@.'.repeat(50_000)]) {
      expect(() => analyze({ text: t, surface: 'post' }, ctx)).not.toThrow();
    }
  });
});
