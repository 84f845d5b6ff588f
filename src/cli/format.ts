// Human-readable findings for the terminal, in the user's language, for a
// policy author trying drafts against a guideline: what was found and why, in
// the nudge's own words, the words of the draft that caused it, the fix the
// nudge offers, and each guideline point quoted once, whole and word for word,
// after the findings that rest on it. No offsets: --jsonl has those.
import { findingMessage, translatorFor } from '../content/nudge/translate.ts';
import type { Finding, FindingKind, GuidelineSet, Lang, QuotedPoint } from '../engine/index.ts';
import { format } from '../i18n/format.ts';
import { messagesFor } from '../i18n/messages.ts';
import { CLI_STRINGS } from './strings.ts';

/** Lines are broken at spaces to fit this width, so no word is ever split across lines. */
export const WIDTH = 80;

/**
 * `text` laid out in lines of at most `width` columns after `indent` spaces,
 * broken only at single spaces; a word longer than a line stands alone. The
 * text's own line breaks are kept. Joining the lines with a space (after
 * taking off the indent) gives the text back.
 */
export function wrap(text: string, indent: number, width = WIDTH): string[] {
  const pad = ' '.repeat(indent);
  const room = Math.max(width - indent, 20);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let started = false;
    for (const word of paragraph.split(' ')) {
      if (!started) {
        line = word;
        started = true;
      } else if (line.length + 1 + word.length <= room || word === '') {
        line += ` ${word}`;
      } else {
        lines.push(pad + line);
        line = word;
      }
    }
    lines.push(pad + line);
  }
  return lines;
}

interface Group {
  kind: FindingKind;
  /** 1-based numbers of the findings, as listed. */
  numbers: number[];
  findings: Finding[];
}

/** Findings of one kind side by side (they cite the same points), in the order each kind first appears. */
function groupByKind(findings: readonly Finding[]): Group[] {
  const groups = new Map<FindingKind, Finding[]>();
  for (const f of findings) groups.set(f.kind, [...(groups.get(f.kind) ?? []), f]);
  let n = 0;
  return [...groups].map(([kind, list]) => ({ kind, findings: list, numbers: list.map(() => ++n) }));
}

export function formatFindings(text: string, findings: readonly Finding[], set: GuidelineSet, lang: Lang = 'en'): string {
  const dictionary = messagesFor(lang);
  const t = translatorFor(dictionary);
  const s = CLI_STRINGS[lang];
  const q = (words: string): string => format(s.quote, words);
  const and = (numbers: number[]): string => new Intl.ListFormat(lang, { type: 'conjunction' }).format(numbers.map(String));
  const source = (p: QuotedPoint): string => `${t('nudge_point_source', [p.setName, p.number])}${p.heading ? ` · ${p.heading}` : ''}`;

  const lines: string[] = [`${t('popup_set_heading')}: ${set.name}`];
  if (findings.length === 0) {
    lines.push(t('nudge_none'));
    return lines.join('\n');
  }
  lines.push(findings.length === 1 ? t('nudge_announce_one') : t('nudge_announce_other', findings.length));

  /** Where each point was first quoted: the number of the first finding that cited it. */
  const quoted = new Map<string, number>();
  for (const group of groupByKind(findings)) {
    group.findings.forEach((f, i) => {
      lines.push('', `${group.numbers[i]}. ${t(`kind_${f.kind}`)}`);
      lines.push(...wrap(findingMessage(f.message, dictionary), 3));
      if (f.source === 'learned') lines.push(...wrap(s.learned, 3));
      // The words of the draft behind the finding, each once, as written.
      const cues = [...new Set(f.spans.map(([a, b]) => text.slice(a, b).replace(/\s+/g, ' ').trim()))].filter((c) => c !== '');
      if (cues.length > 0) lines.push(...wrap(`${t('nudge_excerpt_label')} ${cues.map(q).join(', ')}`, 3));
      if (f.fix?.type === 'insert') {
        const template = f.fix.position === 'start' ? s.fixInsertStart : s.fixInsertEnd;
        lines.push(...wrap(format(template, [t('nudge_action_insert_disclaimer'), q(f.fix.text)]), 3));
      }
      if (f.fix?.type === 'mask') {
        const [a, b] = f.fix.span;
        lines.push(...wrap(format(s.fixMask, [t('nudge_action_mask'), q(text.slice(a, b)), q(f.fix.replacement)]), 3));
      }
    });

    // The points this kind rests on, after its findings: each quoted whole the
    // first time, named with a pointer back after that.
    lines.push('');
    const points = [...new Map(group.findings.flatMap((f) => f.points).map((p) => [p.id, p])).values()];
    if (points.length === 0) {
      lines.push(...wrap(t('nudge_no_point', set.name), 0));
      continue;
    }
    lines.push(format(group.numbers.length === 1 ? s.pointsForOne : s.pointsForMany, and(group.numbers)));
    for (const p of points) {
      const first = quoted.get(p.id);
      if (first !== undefined) {
        lines.push(...wrap(format(s.quotedAbove, [source(p), String(first)]), 2));
        continue;
      }
      quoted.set(p.id, group.numbers[0]!);
      lines.push(...wrap(source(p), 2), ...wrap(q(p.text), 4));
    }
  }
  return lines.join('\n');
}
