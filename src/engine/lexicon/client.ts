// Words that show a private account being used to handle pupils, parents,
// clients or patients. Patterns use the `*` syntax of ../text/terms.ts.
//
// Tags:
//   matter    a work matter (homework, a decision, an appointment…): counts
//             when it is addressed to "you" (a possessive right next to it)
//   child     "your son", "dattera di": counts with a school/care word nearby
//   schoolish school/care words that make `child` count
//   role      greeting a group in its role ("til alle foreldre i 3B")
import { compileTerms, tagged, type TermDef } from '../text/terms.ts';
import { fold } from '../text/fold.ts';

const MATTER = tagged('matter', [
  // bokmål / nynorsk
  'leks*', 'innlevering*', 'prøven', 'proven', 'prøva', 'prova', 'heimeprøve*', 'karakter*', 'fravær*', 'fravaer*',
  'vurdering*', 'vedtak*', 'søknad*', 'soknad*', 'saken', 'saka', 'timen', 'avtalen', 'avtala', 'samtale*', 'foreldremøte*',
  'foreldremote*', 'utviklingssamtale*', 'konferansetime*', 'iop', 'klage*', 'stønad*', 'stonad*', 'sosialhjelp*', 'ytelse*', 'yting*',
  'hjemmebesøk*', 'hjemmebesok*', 'heimebesøk*', 'medisin*', 'barnehageplass*', 'skoleskyss*', 'skuleskyss*', 'tildeling*',
  'permisjonssøknad*', 'permisjonssoknad*', 'innkalling*', 'time hos', 'resept*', 'byggesak*', 'byggesøknad*', 'byggesoknad*',
  'handlingsplan*', 'tiltaksplan*', 'oppfølgingsplan*', 'oppfolgingsplan*', 'stil', 'stilen', 'oppgave*', 'oppgåve*', 'tid hos',
  'bygglov*', 'uppsats*', 'handlingsplan*', 'follow up plan', 'schema', 'schemat', 'timeplan*', 'rapport*', 'journal*',
  // Swedish
  'läxa*', 'laxa*', 'läxor*', 'laxor*', 'provet', 'betyg*', 'frånvaro*', 'franvaro*', 'ansökan', 'ansokan', 'ansökning*',
  'ansokning*', 'beslut*', 'ärende*', 'arende*', 'bistånd*', 'bistand*', 'utvecklingssamtal*', 'insats*', 'besök*',
  // English
  'homework', 'assignment*', 'grade*', 'absence*', 'application*', 'decision*', 'appointment*', 'benefit*', 'medication*',
  'care plan', 'referral*', 'case', 'report card', 'parent teacher',
]);

// A task handed over in a message, or an enquiry answered where it should not be.
const MATTER_PHRASE = tagged('matter_phrase', [
  'svarer deg her', 'svarer her', 'svarar her', 'svarar deg her', 'svarer på dette her', 'jag svarar här', 'jag svarar har',
  'svarar här', 'svarar har', 'answering here', 'replying here', 'answer you here', 'reply here', 'husk å levere', 'husk a levere',
  'hugs å levere', 'hugs a levere', 'glöm inte att lämna in', 'glom inte att lamna in', 'glöm inte att lämna', 'remember to hand in',
  'dont forget to hand in', 'takk for samtalen', 'takk for møtet', 'takk for motet', 'tack för samtalet', 'tack for samtalet',
  'tack för mötet', 'tack for motet', 'thanks for todays meeting', 'thanks for the meeting', 'thank you for the meeting',
  'husk innlevering*', 'hugs innlevering*', 'utviklingssamtale*', 'utviklingssamtal*', 'konferansetime*', 'foreldresamtale*',
  'foreldresamtal*', 'utvecklingssamtal*', 'kvartssamtal*', 'parent teacher meeting', 'parents evening',
  // school and care messaging systems: pointing a parent to them is handling work
  'vigilo', 'skolearena', 'transponder', 'unikum', 'schoolsoft', 'infomentor', 'vklass', 'itslearning', 'visma flyt',
]);

// A decision or answer delivered to "you": counts with a second-person word in the same sentence.
// Typo tolerance is off: "mottatt" would catch "motsatt".
export const DECISION_WORDS = compileTerms(tagged('decision', [
  'innvilget!', 'innvilga!', 'innvilgi!', 'avslått!', 'avslatt!', 'beviljad!', 'beviljat!', 'beviljats!', 'avslagen!',
  'granted!',
]));
/** "du", "you", "ni" and their forms: the person a message speaks to ("er" is left out: in Norwegian it is "is"). Folded. */
export const YOU: ReadonlySet<string> = new Set([
  'du', 'deg', 'dere', 'dykk', 'dokker', 'din', 'di', 'ditt', 'dine', 'dykkar', 'you', 'your', 'youre', 'dig', 'dina', 'ni', 'era', 'ert',
]);

const CHILD = tagged('child', [
  'sønnen', 'sonnen', 'datteren', 'dattera', 'dotra', 'dottera', 'barnet', 'guten', 'gutten', 'jenta', 'jenten',
  'sonen', 'dottern', 'barnet ditt', 'your son', 'your daughter', 'your child', 'your kid', 'din son', 'din dotter', 'ditt barn',
  'ert barn',
]);

const SCHOOLISH = tagged('schoolish', [
  'skole*', 'skule*', 'skola*', 'klasse*', 'klass*', 'timen', 'lektion*', 'undervisning*', 'friminutt*', 'rast*', 'barnehage*',
  'förskola*', 'forskola*', 'avdeling*', 'avdelning*', 'lekse*', 'läx*', 'lax*', 'school', 'class', 'lesson', 'kindergarten',
  'teacher', 'lærer*', 'laerer*', 'lærar*', 'lärare*', 'larare*', 'sfo', 'fritids', 'uro', 'urolig', 'orolig', 'slåss*', 'mobbing*',
  'svømming*', 'svomming*', 'symjing*', 'simning*', 'swimming', 'gym*', 'kroppsøving*', 'kroppsoving*', 'idrett*', 'mentorstid*',
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
/** The groups as folded words, for headings without a greeting ("2A-foreldre:", "Föräldrar till barnen på Ugglan:"). */
export const ROLE_GROUP_WORDS: ReadonlySet<string> = new Set([...ROLE_GROUPS, 'foreldre', 'foreldra', 'foresatte', 'føresette', 'families'].map(fold));

// Users of a service greeted as such: "til alle som går på dagsenteret",
// "hej alla ni som vi besöker".
const SERVICE_USERS = ['dagsenter*', 'dagsenteret', 'heimesjukepleie*', 'hjemmesykepleie*', 'hjemmetjeneste*', 'heimeteneste*',
  'hemtjänst*', 'hemtjanst*', 'hemsjukvård*', 'hemsjukvard*', 'dagverksamhet*', 'omsorgsbolig*', 'omsorgsbustad*', 'dagtilbud*',
  'dagtilbod*', 'avlastning*', 'avlasting*', 'home care', 'day centre', 'day center'];
const SERVICE_GREETINGS: Record<string, readonly string[]> = {
  'til alle som': ['går på', 'gar pa', 'får', 'far', 'har', 'bor på', 'bor pa', 'bur på', 'bur pa', 'bruker', 'brukar'],
  'påminnelse til alle som': ['går på', 'gar pa', 'får', 'far', 'har'],
  'till alla som': ['går på', 'gar pa', 'får', 'far', 'har', 'bor på', 'bor pa', 'använder', 'anvander'],
  'påminnelse till alla som': ['går på', 'gar pa', 'får', 'far', 'har'],
  'to all who': ['attend the', 'get', 'use', 'receive'],
  'to everyone who': ['attends the', 'gets', 'uses', 'receives'],
};

const ROLE = [
  ...ROLE_GREETINGS.flatMap((g) => ROLE_GROUPS.map((r) => ({ pattern: `${g} ${r}`, tag: 'role' }))),
  ...Object.entries(SERVICE_GREETINGS).flatMap(([g, verbs]) => verbs.flatMap((v) => SERVICE_USERS.map((u) => ({ pattern: `${g} ${v} ${u}`, tag: 'role' })))),
  ...tagged('role', ['hej alla ni som vi besöker', 'hej alla ni som vi besoker', 'til alle dere som vi besøker', 'til alle dykk som vi besøkjer',
    'to everyone we visit', 'to all of you we visit']),
  // users of a service, greeted as such
  ...tagged('role', ['til alle som har hjemmetjeneste*', 'til alle som har heimeteneste*', 'till alla som har hemtjanst*',
    'til alle brukere', 'til alle brukarar', 'till alla brukare', 'to all service users', 'to everyone who has home care']),
];

/** Groups that are not clients: a band, a sports team, a choir. "Til alle foreldre i korpset" is volunteering. */
export const NOT_CLIENT_GROUPS = compileTerms(tagged('leisure', [
  '*korps', '*korpset', 'korps*', '*laget', 'laget', 'lag', 'klubb*', '*klubben', 'team*', 'speider*', 'kor', 'koret', 'kören',
  'koren', 'fotball*', 'handball*', 'håndball*', 'innebandy*', 'bandy*', 'turn*', 'dans*', 'ski', 'skilag*', 'skigruppa', 'skigruppe*', 'skiskole*', 'idrettslag*', 'fc', 'if', 'il',
]));

export const CLIENT_TERMS: readonly TermDef[] = [...MATTER, ...MATTER_PHRASE, ...CHILD, ...SCHOOLISH, ...ROLE];

/**
 * Age-group codes of sports teams: Norwegian G12, J14 (gutter, jenter) and
 * Swedish P12, F14 (pojkar, flickor). "Til alle foreldre på G12" is a team.
 */
export const TEAM_CODE = /^[gjpf](?:[5-9]|1[0-9])$/;
