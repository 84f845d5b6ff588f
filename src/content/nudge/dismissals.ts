// "Ignore in this draft": a dismissed concern stays hidden while the draft
// grows. Offsets move and new trigger words appear as the user types, so a
// finding is recognised by what it is about, not by where it sits or by its
// exact set of words: its kind, the guideline point(s) it rests on, and its
// cue words. A finding stays hidden when a dismissal has the same kind and
// points and shares at least one cue word with it (or neither has any): the
// same concern, grown. A finding about entirely new words is a new concern and
// shows. Dismissals last for the draft: a new draft (the box emptied, or the
// post sent and cleared) starts with nothing dismissed.
import type { Finding } from '../../engine/types.ts';

interface Dismissal {
  /** Kind and point ids: what the finding is about. */
  topic: string;
  /** Cue words, lower-cased with whitespace collapsed. */
  cues: ReadonlySet<string>;
}

function topicOf(finding: Finding): string {
  return `${finding.kind}\u0002${finding.points.map((p) => p.id).sort().join(' ')}`;
}

function cuesOf(finding: Finding, text: string): Set<string> {
  const cues = new Set<string>();
  for (const [start, end] of finding.spans) {
    const cue = text.slice(start, end).toLowerCase().replace(/\s+/g, ' ').trim();
    if (cue !== '') cues.add(cue);
  }
  return cues;
}

function covers(dismissal: Dismissal, topic: string, cues: ReadonlySet<string>): boolean {
  if (dismissal.topic !== topic) return false;
  if (dismissal.cues.size === 0 || cues.size === 0) return dismissal.cues.size === cues.size;
  for (const cue of cues) if (dismissal.cues.has(cue)) return true;
  return false;
}

export class Dismissals {
  private dismissed: Dismissal[] = [];

  dismiss(finding: Finding, text: string): void {
    this.dismissed.push({ topic: topicOf(finding), cues: cuesOf(finding, text) });
  }

  /** The findings still to show; an emptied draft forgets every dismissal. */
  visible(findings: readonly Finding[], text: string): Finding[] {
    if (text.trim() === '') {
      this.dismissed = [];
      return [];
    }
    return findings.filter((finding) => {
      const topic = topicOf(finding);
      const cues = cuesOf(finding, text);
      return !this.dismissed.some((d) => covers(d, topic, cues));
    });
  }

  get size(): number {
    return this.dismissed.length;
  }
}
