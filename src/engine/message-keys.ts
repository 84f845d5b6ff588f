// Every message a finding can carry, with its parameters in substitution
// order. The UI passes the values in this order to `browser.i18n.getMessage`
// ($1, $2, ...), and the locale tests check that all four languages have them.
import type { FindingKind } from './types.ts';

export const FINDING_MESSAGES = {
  /** Work talk without a private-capacity disclaimer. $1: the work reference as written. */
  finding_work_no_disclaimer: { kind: 'work_no_disclaimer', params: ['trigger'] },
  /** A valid ID number. $1: the ID type, translated from its stable code (fodselsnummer | d-nummer | h-nummer | personnummer | samordningsnummer). */
  finding_confidential_id: { kind: 'confidential', params: ['idType'] },
  /** A case or archive number. $1: the number as written. */
  finding_confidential_case: { kind: 'confidential', params: ['caseNumber'] },
  /** A sensitive category tied to an identifiable person. $1: the category, translated from its stable code (health | child_welfare | social_services | pupil_records | protected_address | closed_meeting). */
  finding_confidential_sensitive: { kind: 'confidential', params: ['category'] },
  /** Details about a person read by the learned reader. $1: the words that weighed most. */
  finding_confidential_context: { kind: 'confidential', params: ['trigger'] },
  /** A direct message to someone on the people-from-work list. $1: their name. */
  finding_contact_client_known_person: { kind: 'contact_client', params: ['name'] },
  /** A DM or comment that handles a work matter with a pupil/client. $1: the phrase. */
  finding_contact_client_work_matter: { kind: 'contact_client', params: ['trigger'] },
  /** Addressing pupils/parents/clients in their role. $1: the phrase. */
  finding_contact_client_role: { kind: 'contact_client', params: ['trigger'] },
  /** A work e-mail address given as contact. $1: the address. */
  finding_work_email: { kind: 'work_email', params: ['address'] },
} as const satisfies Record<string, { kind: FindingKind; params: readonly string[] }>;

export type FindingMessageKey = keyof typeof FINDING_MESSAGES;
