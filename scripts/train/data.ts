// What the learned reader is trained on, and the hashes that tie the
// committed weights to it. Training reads only files in the repository plus
// the real-text training half next to it; never a user's draft.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCorpus, type CorpusRecord } from '../../test/eval/score.ts';
import { readRealText, type RealLine } from './real-text.ts';
import { WORD_BOOKS } from '../../src/engine/words/index.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The files whose content decides the weights, relative to the repository:
 * the labelled drafts (the training corpus and the first hand-labelled
 * corpus) and the code that turns a draft into features (the word lists
 * join them through wordsFingerprint). The dev, holdout and
 * blind sets are not among them: they measure the model.
 */
export function trainingFiles(): string[] {
  const jsonl = (dir: string): string[] =>
    readdirSync(path.join(REPO_ROOT, dir))
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((f) => `${dir}/${f}`);
  return [
    ...jsonl('test/corpus/train'),
    ...jsonl('test/corpus'),
    'src/engine/model/features.ts',
    'src/engine/model/readings.ts',
    'scripts/train/run.ts',
    'scripts/train/logistic.ts',
  ];
}

function sha256(parts: Iterable<string>): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(p);
    h.update('\u0000');
  }
  return h.digest('hex');
}

export function repoDataHash(files: readonly string[] = trainingFiles()): string {
  return sha256([...files.flatMap((f) => [f, readFileSync(path.join(REPO_ROOT, f), 'utf8').replace(/\r\n/g, '\n')]), ...wordsFingerprint()]);
}

/**
 * What the word lists match, list by list: the rules' readings are made of
 * it, so it decides the weights as much as the drafts do. Only what a list
 * matches counts, not how the file is written: moving a word to its right
 * language, rewording an "about" or reordering leaves the model current.
 */
export function wordsFingerprint(): string[] {
  return WORD_BOOKS.flatMap((book) =>
    [...book.lists.values()].map((l) => {
      const items = l.data.match === 'terms' ? l.patterns : l.entries;
      return `${book.file}|${l.name}|${l.data.match}|${l.data.tag ?? ''}|${[...items].sort().join('\u0001')}`;
    }),
  ).sort();
}

export function sharedDataHash(lines: readonly RealLine[]): string {
  return sha256(lines.filter((l) => l.half === 'train').map((l) => `${l.file}:${l.text}`));
}

export interface TrainingData {
  drafts: CorpusRecord[];
  real: RealLine[];
}

/**
 * The labelled drafts of exactly these files (by default every training file
 * now in the repository): a run reads the list it hashed, even while a writer
 * adds files beside it.
 */
export function loadTrainingData(files: readonly string[] = trainingFiles()): TrainingData {
  const drafts: CorpusRecord[] = [];
  const errors: string[] = [];
  for (const f of files.filter((x) => x.endsWith('.jsonl'))) {
    const parsed = parseCorpus(readFileSync(path.join(REPO_ROOT, f), 'utf8'), f);
    drafts.push(...parsed.records);
    errors.push(...parsed.errors);
  }
  const seen = new Set<string>();
  for (const d of drafts) {
    if (seen.has(d.id)) errors.push(`duplicate id ${d.id}`);
    seen.add(d.id);
  }
  if (errors.length > 0) throw new Error(`the training data has ${errors.length} problem(s):\n  ${errors.slice(0, 20).join('\n  ')}`);
  return { drafts, real: readRealText() };
}
