// Runs the engine on one draft. The text lives only in this call; the words
// the engine remembers to speed up the next analysis of the same draft are
// dropped once typing has paused (see FORGET_WORDS_AFTER_MS).
import { analyze } from '../engine/index.ts';
import { forgetWords } from '../engine/text/terms.ts';
import { MAX_DRAFT_CHARS, type AnalyzeRequest, type AnalyzeResponse } from '../shared/messages.ts';
import { currentContext } from './context.ts';

/** A pause in typing after which the engine's word memory is emptied. */
export const FORGET_WORDS_AFTER_MS = 30_000;
let forgetTimer: ReturnType<typeof setTimeout> | undefined;

function forgetWordsAfterPause(): void {
  clearTimeout(forgetTimer);
  forgetTimer = setTimeout(forgetWords, FORGET_WORDS_AFTER_MS);
}

export async function analyzeDraft(draft: AnalyzeRequest['draft']): Promise<AnalyzeResponse> {
  const { settings, setChosen, analysis } = await currentContext();
  // No set chosen: the findings carry no points, and the response names no set.
  const set = setChosen ? { id: analysis.set.id, name: analysis.set.name, language: analysis.set.language } : null;
  // The content script does not send drafts from a switched-off site; this guards a stale tab.
  if (!settings.sites[draft.site]) return { findings: [], set };
  const findings = analyze(
    {
      text: draft.text.length > MAX_DRAFT_CHARS ? draft.text.slice(0, MAX_DRAFT_CHARS) : draft.text,
      site: draft.site,
      surface: draft.surface,
      ...(draft.recipient ? { recipient: draft.recipient } : {}),
    },
    analysis,
  );
  forgetWordsAfterPause();
  return { findings, set };
}
