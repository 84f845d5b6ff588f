// Real sentences written by others (../shared/corpora/text), split once and
// for all into a training half, which the learned reader learns as harmless
// text, and an evaluation half it never sees. The rule is fixed: a line goes
// by the parity of a hash of its own text, so the split does not depend on
// file order and a repeated line always lands on the same side.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Surface } from '../../src/engine/types.ts';

export const REAL_TEXT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpora/text');

export type Half = 'train' | 'eval';

export interface RealLine {
  file: string;
  line: number;
  text: string;
  half: Half;
  /** The surface it is read as in training: spread evenly by the same hash. */
  surface: Surface;
  /** Swedish files are read under the Swedish set, the rest under a Norwegian one. */
  country: 'NO' | 'SE';
}

/** FNV-1a over the UTF-16 code units: small, stable, and the same in every runtime. */
export function lineHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function halfOf(text: string): Half {
  return lineHash(text.trim()) % 2 === 0 ? 'train' : 'eval';
}

const SURFACES: readonly Surface[] = ['post', 'comment', 'dm'];

export function haveRealText(): boolean {
  return existsSync(REAL_TEXT_DIR);
}

export function realTextFiles(): string[] {
  return haveRealText() ? readdirSync(REAL_TEXT_DIR).filter((f) => f.endsWith('.txt')).sort() : [];
}

/** Every non-empty line of the real-text files, with its half. */
export function readRealText(): RealLine[] {
  const out: RealLine[] = [];
  for (const file of realTextFiles()) {
    const lines = readFileSync(path.join(REAL_TEXT_DIR, file), 'utf8').split('\n');
    lines.forEach((raw, i) => {
      const text = raw.trim();
      if (text === '') return;
      const h = lineHash(text);
      out.push({
        file,
        line: i + 1,
        text,
        half: h % 2 === 0 ? 'train' : 'eval',
        surface: SURFACES[(h >>> 1) % 3]!,
        country: file.startsWith('sv') ? 'SE' : 'NO',
      });
    });
  }
  return out;
}
