// Wording the checker needs beyond the extension's own messages.json: one
// block per language. Everything the nudge also says (the finding's kind and
// message, "In your draft:", the point's source line, the count) comes from
// public/_locales, so the checker and the nudge use the same words.
import type { Lang } from '../engine/index.ts';
import { langOfLocale } from '../engine/vocabulary.ts';

export interface CliStrings {
  /** A word or phrase quoted from the draft or the guideline, with the language's quotation marks. */
  quote: string;
  /** Why a finding came from the model rather than a rule. */
  learned: string;
  /** $1: the nudge's button label; $2: the disclaimer, quoted. */
  fixInsertEnd: string;
  fixInsertStart: string;
  /** $1: the nudge's button label; $2: the number as written, $3: what replaces it, both quoted. */
  fixMask: string;
  /** Above the quoted points of one kind: $1 is the number of the one finding that cites them, or of several ("2 og 3"). */
  pointsForOne: string;
  pointsForMany: string;
  /** A point quoted earlier. $1: its source line ("Ringebu kommune, punkt 2.1"), $2: the finding it was quoted under. */
  quotedAbove: string;
}

export const CLI_STRINGS: Readonly<Record<Lang, CliStrings>> = {
  nb: {
    quote: '«$1»',
    learned: 'Funnet av den lærte leseren, en liten statistisk modell, og ikke av en fast regel. Les det som et hint.',
    fixInsertEnd: 'Knappen «$1» legger til dette på slutten av teksten: $2',
    fixInsertStart: 'Knappen «$1» legger til dette i starten av teksten: $2',
    fixMask: 'Knappen «$1» bytter ut $2 med $3.',
    pointsForOne: 'Dette står i retningslinjene (funn $1):',
    pointsForMany: 'Dette står i retningslinjene (funn $1):',
    quotedAbove: '$1: sitert over, under funn $2.',
  },
  nn: {
    quote: '«$1»',
    learned: 'Funne av den lærte lesaren, ein liten statistisk modell, og ikkje av ein fast regel. Les det som eit hint.',
    fixInsertEnd: 'Knappen «$1» legg til dette på slutten av teksten: $2',
    fixInsertStart: 'Knappen «$1» legg til dette i byrjinga av teksten: $2',
    fixMask: 'Knappen «$1» byter ut $2 med $3.',
    pointsForOne: 'Dette står i retningslinjene (funn $1):',
    pointsForMany: 'Dette står i retningslinjene (funn $1):',
    quotedAbove: '$1: sitert over, under funn $2.',
  },
  sv: {
    quote: '”$1”',
    learned: 'Hittat av den inlärda läsaren, en liten statistisk modell, och inte av en fast regel. Läs det som en fingervisning.',
    fixInsertEnd: 'Knappen ”$1” lägger till detta i slutet av texten: $2',
    fixInsertStart: 'Knappen ”$1” lägger till detta i början av texten: $2',
    fixMask: 'Knappen ”$1” byter ut $2 mot $3.',
    pointsForOne: 'Detta står i riktlinjerna (fynd $1):',
    pointsForMany: 'Detta står i riktlinjerna (fynd $1):',
    quotedAbove: '$1: citerad ovan, under fynd $2.',
  },
  en: {
    quote: '“$1”',
    learned: 'Found by the learned reader, a small statistical model, not by a fixed rule. Read it as a hint.',
    fixInsertEnd: 'The “$1” button adds this at the end of the text: $2',
    fixInsertStart: 'The “$1” button adds this at the start of the text: $2',
    fixMask: 'The “$1” button replaces $2 with $3.',
    pointsForOne: 'What the guideline says (finding $1):',
    pointsForMany: 'What the guideline says (findings $1):',
    quotedAbove: '$1: quoted above, under finding $2.',
  },
};

/**
 * The language of the human output when no --lang is given: the first of
 * LC_ALL, LC_MESSAGES and LANG that is set (POSIX order), e.g. "nb_NO.UTF-8"
 * → nb, "no_NO" → nb, "nn_NO" → nn, "sv_SE" or "sv_FI" → sv; anything else,
 * including "C" and "POSIX", → en.
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  return langOfLocale(locale) ?? 'en';
}
