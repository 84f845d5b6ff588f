// A service delivered in a direct message or comment. The employee:
//   - tells someone about their case ("Du kan klage på avslaget innen tre uker");
//   - reminds them of a test or a medicine ("glöm inte engelskaprovet imorgon!!");
//   - moves their appointment ("jeg må flytte hjemmebesøket ditt");
//   - reports on their relative in care ("your mum had a good day, she ate all her dinner");
//   - speaks in the service's voice ("leave it with me, I'll chase up your case");
//   - tells a parent about their child's day as staff saw it ("Elsa sov en hel
//     timme efter lunchen på förskolan idag"; direct messages only).
// Each reading needs two or three things together (in one sentence, or close
// by for a relative, or in one message for a child's day), so ordinary talk
// between friends about tests, doctors and mothers stays quiet. A draft that
// sends the person to the official channel is not flagged for it.
import type { DetectorInput } from '../../detector.ts';
import type { Span } from '../../types.ts';
import type { TermMatch } from '../../text/terms.ts';
import { isSentenceStart, sentenceIndex } from '../../text/sentences.ts';
import { SERVICE_TALK } from '../../readings/lexicons.ts';

/** A reminder counts at the start of its sentence, after at most this many words ("Hei Per, husk …"). */
const REMINDER_LEAD = 3;
/** A relative and a word of their day in care tie together this close. */
const RELATIVE_REACH = 25;

/** What contact_client has already read of the draft, shared rather than read again. */
export interface ServiceTalkContext {
  /** Sentence numbers with a "du", "you" or "ni" in them. */
  addressed: ReadonlySet<number>;
  /** The writer speaks as a parent ("sønnen min", "my daughter"). */
  asParent: boolean;
}

/** Each reading found, as the spans that make it (the reminder and its test, the relative and their day). */
export function serviceTalkReadings(input: DetectorInput, { addressed, asParent }: ServiceTalkContext): Span[][] {
  const { tokens, draft } = input;
  const matches = input.matches(SERVICE_TALK);
  // Pointing the person to the official channel is what the guidelines ask for.
  if (matches.length === 0 || matches.some((m) => m.tag === 'redirect')) return [];
  const sentences = sentenceIndex(draft.text, tokens);
  const sentenceOf = (m: TermMatch): number => sentences[m.first]!;
  // The first match of each tag in each sentence, and the care words in text
  // order: every reading is then found in constant time, so a long draft full
  // of these words stays linear.
  const firstInSentence = new Map<string, Map<number, TermMatch>>();
  const care: TermMatch[] = [];
  for (const m of matches) {
    let bySentence = firstInSentence.get(m.tag);
    if (bySentence === undefined) firstInSentence.set(m.tag, (bySentence = new Map()));
    if (!bySentence.has(sentenceOf(m))) bySentence.set(sentenceOf(m), m);
    if (m.tag === 'care') care.push(m);
  }
  const inSentence = (tag: string, sentence: number): TermMatch | undefined => firstInSentence.get(tag)?.get(sentence);
  let careFrom = 0;
  const careNear = (m: TermMatch): TermMatch | undefined => {
    while (careFrom < care.length && care[careFrom]!.first < m.first - RELATIVE_REACH) careFrom++;
    for (let i = careFrom; i < care.length && care[i]!.first <= m.first + RELATIVE_REACH; i++) if (care[i]!.first !== m.first) return care[i];
    return undefined;
  };

  const spans: Span[][] = [];
  for (const m of matches) {
    const sentence = sentenceOf(m);
    switch (m.tag) {
      case 'voice':
        spans.push([[m.start, m.end]]);
        break;
      case 'admin':
        if (addressed.has(sentence)) spans.push([[m.start, m.end]]);
        break;
      case 'reminder': {
        let lead = 0;
        for (let k = m.first; k > 0 && lead <= REMINDER_LEAD && !isSentenceStart(sentences, k); k--) lead++;
        const task = lead <= REMINDER_LEAD ? inSentence('task', sentence) : undefined;
        if (task !== undefined) spans.push([[m.start, m.end], [task.start, task.end]]);
        break;
      }
      case 'moved': {
        const appointment = addressed.has(sentence) ? inSentence('appointment', sentence) : undefined;
        if (appointment !== undefined) spans.push([[appointment.start, appointment.end], [m.start, m.end]]);
        break;
      }
      case 'relative': {
        const near = careNear(m);
        if (near !== undefined) spans.push([[m.start, m.end], [near.start, near.end]]);
        break;
      }
    }
  }
  // A parent reports on their own child.
  if (input.draft.surface === 'dm' && !asParent) {
    const childDay = childDaySpans(matches);
    if (childDay.length > 0) spans.push(childDay);
  }
  return spans;
}

/**
 * A child's day reported from inside a day-care or school: the setting, what
 * staff saw, and the day, all in one message. A parent relaying the same
 * ("Barnehagen sa at …") names no observation of their own, and a writer
 * speaking of their own child ("sønnen min") is a parent, not staff.
 */
function childDaySpans(matches: readonly TermMatch[]): Span[] {
  const setting = matches.find((m) => m.tag === 'setting');
  const observed = matches.find((m) => m.tag === 'observed');
  const today = matches.find((m) => m.tag === 'today');
  if (setting === undefined || observed === undefined || today === undefined) return [];
  return [
    [setting.start, setting.end],
    [observed.start, observed.end],
  ];
}
