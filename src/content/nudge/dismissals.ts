// "Dismiss for this draft": a dismissed finding stays hidden while the draft
// keeps it. Offsets move as the user types, so a finding is recognised by its
// kind, message and trigger words, not by where they are. A new draft (the
// box emptied, or posted and cleared) starts with nothing dismissed.
import type { Finding } from '../../engine/types.ts';

export function findingKey(finding: Finding, text: string): string {
  const triggers = finding.spans.map(([s, e]) => text.slice(s, e).toLowerCase()).join('\u0001');
  return `${finding.kind}\u0002${finding.message.key}\u0002${triggers}`;
}

export class Dismissals {
  private keys = new Set<string>();

  dismiss(finding: Finding, text: string): void {
    this.keys.add(findingKey(finding, text));
  }

  /**
   * The findings still to show. Dismissals of findings the draft no longer
   * has are forgotten: if the words come back, so does the nudge.
   */
  visible(findings: readonly Finding[], text: string): Finding[] {
    if (text.trim() === '') {
      this.keys.clear();
      return [];
    }
    const present = new Set<string>();
    const shown: Finding[] = [];
    for (const finding of findings) {
      const key = findingKey(finding, text);
      present.add(key);
      if (!this.keys.has(key)) shown.push(finding);
    }
    for (const key of this.keys) if (!present.has(key)) this.keys.delete(key);
    return shown;
  }

  reset(): void {
    this.keys.clear();
  }

  get size(): number {
    return this.keys.size;
  }
}
