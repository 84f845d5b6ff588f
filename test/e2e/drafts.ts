// The drafts the e2e tests type, with what Varsom should make of them.
//
// `anchors` are trigger words the panel must mark (`mark` elements). Where a
// draft ends with a trigger word, a mark of the WHOLE word proves the analysed
// text reached the end of the draft: a debounced result for a partial draft
// would mark a shorter word or none (kinds alone can match a partial draft).
import { analyze, type FindingKind, type Site, type Surface } from '../../src/engine/index.ts';
import { findBuiltinSet } from '../../src/guidelines/index.ts';
import type { PageKey } from './fixtures/pages.ts';
import { RECIPIENT } from './fixtures/pages.ts';

/** A valid test fødselsnummer from /work/shared/corpora/ids/no_fnr.json (navikt/fnrvalidator's vectors). */
export const FNR = '13097248022';

export interface Draft {
  text: string;
  kind: FindingKind;
  anchors: string[];
  /** Stored as peopleFromWork before typing (the known-person case). */
  peopleFromWork?: string[];
  label: string;
}

export const WORK_POST: Draft = {
  label: 'work talk',
  text: 'Kommunen har vedtatt nye kutt i hjemmetjenesten',
  kind: 'work_no_disclaimer',
  anchors: ['Kommunen', 'hjemmetjenesten'],
};

/** The sentence from the brief, ending in plain words (kinds + data-state decide). */
export const WORK_BRIEF: Draft = {
  label: 'work talk (full sentence)',
  text: 'Kommunen har vedtatt nye kutt i hjemmetjenesten, helt uforståelig.',
  kind: 'work_no_disclaimer',
  anchors: ['Kommunen', 'hjemmetjenesten'],
};

export const WORK_COMMENT: Draft = {
  label: 'work talk',
  text: 'Helt uforståelig at kommunen kutter i hjemmetjenesten',
  kind: 'work_no_disclaimer',
  anchors: ['kommunen', 'hjemmetjenesten'],
};

export const CONFIDENTIAL: Draft = {
  label: 'fødselsnummer',
  text: `Kan noen hjelpe Per? Fødselsnummeret er ${FNR}`,
  kind: 'confidential',
  anchors: [FNR],
};

export const CONFIDENTIAL_DM: Draft = {
  label: 'fødselsnummer',
  text: `Fødselsnummeret hans er ${FNR}`,
  kind: 'confidential',
  anchors: [FNR],
};

export const CONTACT_DM: Draft = {
  label: 'homework to a pupil',
  text: 'Hei! Husk å levere leksene dine i morgen',
  kind: 'contact_client',
  anchors: ['leksene dine'],
};

export const CONTACT_COMMENT: Draft = {
  label: 'homework in a comment',
  text: 'Husk å levere leksene dine',
  kind: 'contact_client',
  anchors: ['leksene dine'],
};

export const CONTACT_POST: Draft = {
  label: 'greeting parents in their role',
  text: 'Til alle foreldre i 3B: husk foreldremøtet',
  kind: 'contact_client',
  anchors: [],
};

/** Harmless, also to someone on the people-from-work list (an ordinary chat is private: LABELS.md, decision 6). */
export const HARMLESS_DM = 'Hei! Kommer du på middag i morgen?';

/** A comment naming someone on the people-from-work list: the list in use, whatever the message. */
export const KNOWN_PERSON_COMMENT = `Takk for praten i dag, ${RECIPIENT}!`;

/**
 * The kinds the engine itself gives a draft in Node (rules and learned
 * reader, the same code the worker runs): what the badge must show. Tests
 * assert the kind they are about is among them, and the badge shows exactly
 * these, so a kind the learned reader adds never makes a test flaky.
 */
export function engineKinds(
  text: string,
  where: { site: Site; surface: Surface; setId?: string; peopleFromWork?: string[]; alsoFriends?: string[]; recipient?: string },
): FindingKind[] {
  const set = findBuiltinSet(where.setId ?? 'ringebu');
  if (set === undefined) throw new Error(`no built-in set ${where.setId}`);
  const recipient = where.recipient ?? (where.surface === 'dm' ? RECIPIENT : undefined);
  const findings = analyze(
    { text, site: where.site, surface: where.surface, ...(recipient ? { recipient } : {}) },
    { set, profile: { workplaces: [], peopleFromWork: where.peopleFromWork ?? [], alsoFriends: where.alsoFriends ?? [], disclaimers: {} } },
  );
  return [...new Set(findings.map((f) => f.kind))].sort();
}

/** The site a fixture page stands for, from its URL. */
export function siteOf(url: string): Site {
  const host = new URL(url).hostname;
  return host.includes('instagram') ? 'instagram' : host.includes('linkedin') ? 'linkedin' : 'facebook';
}

export const HARMLESS_POST = 'Så fint vær det var på fjellet i dag!';
export const HARMLESS_COMMENT = 'Gratulerer med dagen! Vi ses på lørdag.';

export interface SurfaceCase {
  label: string;
  page: PageKey;
  editor: string;
  drafts: Draft[];
}

const POST = [WORK_POST, CONFIDENTIAL, CONTACT_POST];
const COMMENT = [WORK_COMMENT, CONFIDENTIAL, CONTACT_COMMENT];
// Never the same kind twice in a row: each result must differ from the one before.
const DM = [CONTACT_DM, CONFIDENTIAL_DM];

/** Each kind on each site's surfaces (a DM is private, so no disclaimer is asked for there). */
export const SURFACE_CASES: SurfaceCase[] = [
  { label: 'facebook post (Lexical rich text)', page: 'facebookFeed', editor: 'post', drafts: [WORK_BRIEF, CONFIDENTIAL, CONTACT_POST] },
  { label: 'facebook comment (Lexical plain text)', page: 'facebookFeed', editor: 'comment', drafts: COMMENT },
  { label: 'facebook group post, legacy (Draft.js)', page: 'facebookGroup', editor: 'post', drafts: POST },
  { label: 'facebook dm (/messages/t/)', page: 'facebookMessages', editor: 'dm', drafts: DM },
  { label: 'messenger.com dm (/e2ee/t/)', page: 'messenger', editor: 'dm', drafts: [CONFIDENTIAL_DM, CONTACT_DM] },
  { label: 'instagram comment (textarea)', page: 'instagramPost', editor: 'comment', drafts: COMMENT },
  { label: 'instagram caption (Lexical)', page: 'instagramPost', editor: 'post', drafts: POST },
  { label: 'instagram dm (Lexical)', page: 'instagramDirect', editor: 'dm', drafts: DM },
  { label: 'linkedin post (Quill)', page: 'linkedinFeed', editor: 'post', drafts: POST },
  { label: 'linkedin comment (Quill)', page: 'linkedinFeed', editor: 'comment', drafts: COMMENT },
  { label: 'linkedin dm (plain contenteditable)', page: 'linkedinMessaging', editor: 'dm', drafts: DM },
];
