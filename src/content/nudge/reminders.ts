// People from work: a message to someone on the user's list gets the learned
// reminder ("Ola Nordmann is on your list of people from work…") once per
// conversation, not on every message. Once the user has seen it through (the
// draft was sent or emptied while it showed, or it was dismissed), later
// drafts to the same person in this tab stay quiet about it; a message that
// handles a work matter still gets its own finding. Kept in memory only.
import type { Finding } from '../../engine/types.ts';

const KNOWN_PERSON = 'finding_contact_client_known_person';

/** Is this the "on your list of people from work" reminder (not a work matter found in the text)? */
export function isKnownPersonReminder(finding: Finding): boolean {
  return finding.message.key === KNOWN_PERSON && finding.source === 'learned';
}

/** A conversation: the site and the person, as the page names them. */
export function conversationKey(site: string, recipient: string | undefined): string | undefined {
  return recipient ? `${site}\u0000${recipient.trim().toLowerCase()}` : undefined;
}

export class ConversationReminders {
  private readonly given = new Set<string>();

  /** The findings without a reminder this conversation already had. */
  visible(conversation: string | undefined, findings: readonly Finding[]): Finding[] {
    if (conversation === undefined || !this.given.has(conversation)) return [...findings];
    return findings.filter((f) => !isKnownPersonReminder(f));
  }

  /** The reminder was seen through in this conversation. */
  remember(conversation: string | undefined): void {
    if (conversation !== undefined) this.given.add(conversation);
  }
}

/** One per page: a conversation can move between boxes (a chat popup and the inbox). */
export const conversationReminders = new ConversationReminders();
