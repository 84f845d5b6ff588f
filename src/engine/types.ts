// The engine's vocabulary. Everything here is plain data so that the same
// values cross the content-script/worker boundary, the CLI and the tests.

// Sites, surfaces and languages are listed once, in ./vocabulary.ts.
import type { Lang, Site, Surface } from './vocabulary.ts';
export type { Lang, Site, Surface } from './vocabulary.ts';

export const FINDING_KINDS = ['work_no_disclaimer', 'confidential', 'contact_client', 'work_email'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export type Severity = 'low' | 'medium' | 'high';

/** A half-open range of UTF-16 code units in the draft text: [start, end). */
export type Span = readonly [number, number];

export interface Draft {
  text: string;
  site?: Site;
  surface?: Surface;
  /** Display name of the other party in a direct message, when the site shows it. */
  recipient?: string;
}

export interface UserProfile {
  /** The user's own workplaces, e.g. "Ringebu ungdomsskole", "hjemmetjenesten". */
  workplaces: readonly string[];
  /** Names of pupils, parents, clients the user knows from work. */
  peopleFromWork: readonly string[];
  /**
   * Those on the list who are also friends: in a direct message to one of
   * them, the list's reminders are quiet (a work matter in the text still counts).
   */
  alsoFriends?: readonly string[];
  /** The user's own disclaimer per language; the set's suggestion is used where absent. */
  disclaimers: Partial<Record<Lang, string>>;
}

// ---------------------------------------------------------------- guideline sets

export interface GuidelinePoint {
  /** Stable id, `<set id>-<number>`, e.g. "ringebu-2.3". */
  id: string;
  /** The point's own number or heading as the document gives it, e.g. "2.3" or "B5". */
  number: string;
  heading?: string;
  /** Quoted verbatim from the source document (may be trimmed with "…"). */
  text: string;
  /** Finding kinds this point supports; empty for points that only appear in the checklist. */
  kinds: FindingKind[];
  /** A short paraphrase for the checklist, in the set's language. */
  summary?: string;
}

export interface GuidelineSet {
  schemaVersion: 1;
  id: string;
  name: string;
  country: 'NO' | 'SE';
  language: Lang;
  source: { title: string; document?: string; url?: string };
  /** ISO date (YYYY-MM-DD) of adoption when the document states it. */
  adopted?: string;
  /**
   * The municipality has since merged into another: its name and the ISO date
   * from which it is part of it. Shown where the set is chosen, so an employee
   * of the merged municipality knows what the old guideline is.
   */
  mergedInto?: { name: string; date: string };
  employer: { names: string[]; emailDomains: string[] };
  points: GuidelinePoint[];
  /** Point ids of the checklist for private use, in the document's order. */
  checklist: string[];
  /** Suggested private-capacity disclaimers: at least the set's language and English. */
  disclaimers: Partial<Record<Lang, string>> & { en: string };
}

export interface AnalysisContext {
  set: GuidelineSet;
  profile: UserProfile;
}

// ---------------------------------------------------------------- findings

export type Fix =
  | { type: 'insert'; text: string; position: 'end' | 'start'; lang: Lang }
  | { type: 'mask'; span: Span; replacement: string };

export interface QuotedPoint {
  id: string;
  number: string;
  heading?: string;
  text: string;
  setId: string;
  setName: string;
}

export interface MessageRef {
  /** i18n key, e.g. "finding_confidential_id". */
  key: string;
  params: Record<string, string | number>;
}

export interface Finding {
  kind: FindingKind;
  severity: Severity;
  spans: Span[];
  /** Points of the selected set this rests on; empty means the set has none (say so, never borrow). */
  points: QuotedPoint[];
  message: MessageRef;
  fix?: Fix;
  /** "learned" when the learned reader found it and no rule did; absent for the rules' findings. */
  source?: 'learned';
}

/** What a detector reports; `analyze` adds the guideline points. */
export type RawFinding = Omit<Finding, 'points'>;
