// Words that show a private account being used to handle pupils, parents,
// clients or patients. Patterns use the `*` syntax of ../text/terms.ts.
//
// Tags:
//   matter    a work matter (homework, a decision, an appointment…): counts
//             when it is addressed to "you" (a possessive right next to it)
//   child     "your son", "dattera di": counts with a school/care word nearby
//   schoolish school/care words that make `child` count
//   role      greeting a group in its role ("til alle foreldre i 3B")
import { tagged, type TermDef } from '../text/terms.ts';

const MATTER = tagged('matter', [
  // bokmål / nynorsk
  'leks*', 'innlevering*', 'prøven', 'proven', 'prøva', 'prova', 'heimeprøve*', 'karakter*', 'fravær*', 'fravaer*',
  'vurdering*', 'vedtak*', 'søknad*', 'soknad*', 'saken', 'saka', 'timen', 'avtalen', 'avtala', 'samtale*', 'foreldremøte*',
  'foreldremote*', 'utviklingssamtale*', 'konferansetime*', 'iop', 'klage*', 'stønad*', 'stonad*', 'sosialhjelp*', 'ytelse*', 'yting*',
  'hjemmebesøk*', 'hjemmebesok*', 'heimebesøk*', 'medisin*', 'barnehageplass*', 'skoleskyss*', 'skuleskyss*', 'tildeling*',
  'permisjonssøknad*', 'permisjonssoknad*', 'innkalling*', 'time hos', 'resept*',
  // Swedish
  'läxa*', 'laxa*', 'läxor*', 'laxor*', 'provet', 'betyg*', 'frånvaro*', 'franvaro*', 'ansökan', 'ansokan', 'ansökning*',
  'ansokning*', 'beslut*', 'ärende*', 'arende*', 'bistånd*', 'bistand*', 'utvecklingssamtal*', 'insats*', 'besök*',
  // English
  'homework', 'assignment*', 'grade*', 'absence*', 'application*', 'decision*', 'appointment*', 'benefit*', 'medication*',
  'care plan', 'referral*', 'case', 'report card', 'parent teacher',
]);

const CHILD = tagged('child', [
  'sønnen', 'sonnen', 'datteren', 'dattera', 'dotra', 'dottera', 'barnet', 'guten', 'gutten', 'jenta', 'jenten', 'ungen',
  'sonen', 'dottern', 'barnet ditt', 'your son', 'your daughter', 'your child', 'your kid', 'din son', 'din dotter', 'ditt barn',
  'ert barn',
]);

const SCHOOLISH = tagged('schoolish', [
  'skole*', 'skule*', 'skola*', 'klasse*', 'klass*', 'timen', 'lektion*', 'undervisning*', 'friminutt*', 'rast*', 'barnehage*',
  'förskola*', 'forskola*', 'avdeling*', 'avdelning*', 'lekse*', 'läx*', 'lax*', 'school', 'class', 'lesson', 'kindergarten',
  'teacher', 'lærer*', 'laerer*', 'lærar*', 'lärare*', 'larare*', 'sfo', 'fritids', 'uro', 'urolig', 'orolig', 'slåss*', 'mobbing*',
]);

// Possessives and pronouns that point at the person addressed.
export const SECOND_PERSON_AFTER: ReadonlySet<string> = new Set(['din', 'di', 'ditt', 'dine', 'dykkar', 'dokkers', 'dina', 'ert', 'era']);
export const SECOND_PERSON_BEFORE: ReadonlySet<string> = new Set(['din', 'ditt', 'dine', 'your', 'dina', 'ert', 'era', 'dykkar']);

const ROLE_GROUPS = [
  'foreldre', 'foreldrene', 'foreldra', 'foresatte', 'føresette', 'foresette', 'elever', 'elevene', 'elevar', 'elevane',
  'pårørende', 'parorende', 'pårørande', 'parorande', 'brukere', 'brukerne', 'brukarar', 'brukarane', 'beboere', 'bebuarar',
  'pasienter', 'pasientar', 'klienter', 'klientar', 'vårdnadshavare', 'vardnadshavare', 'föräldrar', 'foraldrar', 'föräldrarna',
  'foraldrarna', 'eleverna', 'anhöriga', 'anhoriga', 'brukare', 'patienter', 'parents', 'pupils', 'students', 'guardians',
  'relatives', 'families', 'familier', 'familiar', 'familjer',
];
const ROLE_GREETINGS = [
  'til alle', 'til', 'kjære', 'kjaere', 'kjære alle', 'kjaere alle', 'hei alle', 'hei', 'hallo', 'hallo alle', 'hei til alle',
  'info til', 'informasjon til', 'beskjed til', 'melding til', 'påminnelse til', 'paminnelse til', 'minner alle',
  'kära', 'kara', 'hej alla', 'hej', 'till alla', 'till', 'info till', 'påminnelse till', 'paminnelse till',
  'dear', 'dear all', 'to all', 'hi all', 'hello', 'hi', 'reminder to all', 'reminder for all', 'attention all',
];
const ROLE = ROLE_GREETINGS.flatMap((g) => ROLE_GROUPS.map((r) => ({ pattern: `${g} ${r}`, tag: 'role' })));

export const CLIENT_TERMS: readonly TermDef[] = [...MATTER, ...CHILD, ...SCHOOLISH, ...ROLE];

/** A class code such as "3B", "10c", "7A" (as folded): role groups followed by one are addressed as a class. */
export const CLASS_CODE = /^(?:[1-9]|10)[a-h]$/;
