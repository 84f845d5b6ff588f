// Findings for person ID numbers: the scan of ../../ids plus the words around
// each number, which raise it to high ("fnr", "født", a name) or show it is
// something else ("kontonr", "ordre", "tlf").
import type { DetectorInput } from '../../detector.ts';
import type { RawFinding } from '../../types.ts';
import type { Token } from '../../text/tokenize.ts';
import { findIdNumbers, type IdHit } from '../../ids/index.ts';
import { ID_CUES } from './words.ts';
import { nameLike, sentenceIndex, workPeople } from './people.ts';

/** How many words before and after a number its cue may stand. */
const CUE_BEFORE = 6;
const CUE_AFTER = 4;
/** What may stand between a name and the number it labels: "Kari Hansen, 010203 12345", "(Ola Nordmann)". */
const NAME_GAP = /^[\s,:;()–-]{1,4}$/;

/** Mask letters and digits, keep the separators: "010203-12345" → "******-*****". */
export function maskKeepingShape(written: string): string {
  let out = '';
  for (const ch of written) out += /[0-9A-Za-z]/.test(ch) ? '*' : ch;
  return out;
}

interface Around {
  /** Index of the last token before the number, and of the first after it. */
  before: number;
  after: number;
}

function around(tokens: readonly Token[], hit: IdHit, from: number): { pos: Around; next: number } {
  let i = from;
  while (i < tokens.length && tokens[i]!.end <= hit.start) i++;
  const before = i - 1;
  let j = i;
  while (j < tokens.length && tokens[j]!.start < hit.end) j++;
  return { pos: { before, after: j }, next: i };
}

export function idFindings(input: DetectorInput): RawFinding[] {
  const text = input.draft.text;
  const hits = findIdNumbers(text);
  if (hits.length === 0) return [];
  const { tokens } = input;
  const sentences = sentenceIndex(text, tokens);
  // Nothing is ruled out as a name here: a cue word taken for a name only confirms what the cue says.
  const excluded = new Uint8Array(tokens.length);

  // Distance (in tokens) to the nearest ID cue and not-ID cue, per token.
  const idCue = new Uint8Array(tokens.length);
  const notIdCue = new Uint8Array(tokens.length);
  for (const m of input.matches(ID_CUES)) {
    const mark = m.tag === 'id' ? idCue : notIdCue;
    for (let k = m.first; k <= m.last; k++) mark[k] = 1;
  }
  // "f. 01.02.90" style abbreviation of født / född.
  for (const t of tokens) if (t.norm === 'f' && text[t.end] === '.') idCue[t.index] = 1;

  const people = new Uint8Array(tokens.length);
  for (const [a, b] of workPeople(tokens, input.ctx.profile.peopleFromWork)) for (let k = a; k <= b; k++) people[k] = 1;

  const findings: RawFinding[] = [];
  let cursor = 0;
  for (const hit of hits) {
    const { pos, next } = around(tokens, hit, cursor);
    cursor = next;

    // Nearest cue of each kind: the closer one decides.
    let idDist = Infinity;
    let notIdDist = Infinity;
    for (let d = 1; d <= CUE_BEFORE; d++) {
      const k = pos.before - d + 1;
      if (k < 0) break;
      if (idCue[k] === 1) idDist = Math.min(idDist, d);
      if (notIdCue[k] === 1) notIdDist = Math.min(notIdDist, d);
    }
    for (let d = 1; d <= CUE_AFTER; d++) {
      const k = pos.after + d - 1;
      if (k >= tokens.length) break;
      if (idCue[k] === 1) idDist = Math.min(idDist, d);
      if (notIdCue[k] === 1) notIdDist = Math.min(notIdDist, d);
    }
    if (notIdDist < idDist) continue;

    // A name right before or after ("Kari Hansen 010203 12345", "…, Ola Nordmann"),
    // or one of the user's people from work close by.
    let named = false;
    const b = tokens[pos.before];
    if (b !== undefined && NAME_GAP.test(text.slice(b.end, hit.start)) && nameLike(text, tokens, sentences, pos.before, excluded)) named = true;
    const a = tokens[pos.after];
    if (a !== undefined && NAME_GAP.test(text.slice(hit.end, a.start)) && nameLike(text, tokens, sentences, pos.after, excluded)) named = true;
    for (let k = Math.max(0, pos.before - CUE_BEFORE + 1); k <= Math.min(tokens.length - 1, pos.after + CUE_AFTER - 1); k++) {
      if (people[k] === 1) named = true;
    }

    const written = text.slice(hit.start, hit.end);
    findings.push({
      kind: 'confidential',
      severity: idDist !== Infinity || named ? 'high' : 'medium',
      spans: [[hit.start, hit.end]],
      message: { key: 'finding_confidential_id', params: { idType: hit.type } },
      fix: { type: 'mask', span: [hit.start, hit.end], replacement: maskKeepingShape(written) },
    });
  }
  return findings;
}
