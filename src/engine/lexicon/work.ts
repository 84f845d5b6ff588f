// What makes a draft "about the writer's own work", in bokmål, nynorsk,
// Swedish and English. Patterns are folded (no diacritics needed) and use the
// `*` syntax of ../text/terms.ts.
//
// Tags:
//   employer  the municipality as an employer or its bodies: enough on its own
//   role      the writer's job, workplace, colleagues, boss: enough on its own
//   service   a unit or service (school, nursing home, NAV…): parents and
//             citizens talk about these too, so it counts only with a cue
//   cue       first-person work frame that makes a service count
//   exclude   frames where a word is used in a non-work sense; they silence
//             service and role matches they overlap or sit next to
import { tagged, type TermDef } from '../text/terms.ts';

const EMPLOYER = tagged('employer', [
  'kommunen!', 'kommuna!', 'kommunens!', 'kommunas!',
  // common misspellings of the above (typo tolerance is off for them: "kommune" is any municipality)
  'kommnen', 'komunen', 'kommuen', 'kommunnen', 'kommunenn', 'kommuenn', 'komuna', 'kommnua', 'kmmunen', 'kommunen sin', 'kommuna si',
  'kommunestyre*', 'kommunestyret', 'formannskap*', 'radmann*', 'radmannen', 'kommunedirektor*', 'kommunalsjef*',
  'kommunalt ansatt*', 'kommunalt tilsett*', 'kommunale ansatte', 'kommunalt anstalld*', 'kommunanstalld*',
  'kommunfullmaktige', 'kommunstyrelse*', 'kommundirektor*', 'kommunalrad*', 'socialnamnd*', 'barn och utbildningsnamnd*',
  'the municipality', 'the municipalitys', 'municipality', 'the council', 'the councils', 'city council', 'local council', 'local authority',
  'my employer', 'our employer', 'min arbeidsgiver', 'arbeidsgiveren min', 'arbeidsgjevaren min', 'min arbetsgivare',
]);

const ROLE = tagged('role', [
  // bokmål / nynorsk
  'på jobben', 'jobben min', 'fra jobben', 'i jobben', 'etter jobben', 'til jobben', 'før jobben', 'jobben i dag', 'på jobb', 'pa jobb', 'fra jobb', 'frå jobb', 'til jobb', 'min jobb', 'mi jobb',
  'arbeidsplass*', 'arbeidsgiver*', 'arbeidsgjevar*', 'kollega*', 'kolleger*', 'kollegene', 'kollegane', 'sjefen min', 'min sjef',
  'lederen min', 'leiaren min', 'min leder', 'nærmeste leder', 'naermeste leder', 'ledelsen her', 'ledelsen vår', 'leiinga vår',
  'enhetsleder*', 'einingsleiar*', 'avdelingsleder*', 'avdelingsleiar*', 'virksomhetsleder*', 'rektor*',
  'turnus*', 'nattevakt*', 'kveldsvakt*', 'dagvakt*', 'helgevakt*', 'på vakt', 'personalmøte*', 'personalmote*',
  'vi ansatte', 'oss ansatte', 'vi tilsette', 'oss tilsette', 'arbeidsmiljø*', 'arbeidsmiljo*', 'medarbeider*', 'medarbeidar*',
  'arbeidsdag*', 'arbeidsdagen', 'overtid*', '*tillitsvalgt*', '*tillitsvald*', 'min arbeidsdag', '*verneombud*', 'på kontoret',
  'pa kontoret', 'kvällspass*', 'kvallspass*', 'nattpass*', 'dagpass*', 'siste arbeidsdag*', 'siste dag på', 'siste dag pa',
  'første dag på', 'forste dag pa', 'første dag som', 'forste dag som', 'første arbeidsdag*', 'sista dagen på', 'sista dagen pa',
  'första dagen på', 'forsta dagen pa', 'första dagen som', 'forsta dagen som', 'first day at', 'last day at', 'first day as',
  'mitt team', 'teamet mitt', 'my team', 'best team',
  // Swedish
  'på jobbet', 'pa jobbet', 'från jobbet', 'fran jobbet', 'till jobbet', 'mitt jobb', 'jobbet idag', 'arbetsplats*', 'arbetsgivar*',
  'min chef', 'enhetschef*', 'verksamhetschef*', 'arbetskamrat*', 'vi anställda', 'vi anstallda', 'kommunchef*',
  'nyjobb', 'ny jobb', 'nye jobben', 'nyttjobb', 'nytt jobb', 'nya jobbet', 'new job', 'beste jobben', 'best job', 'jobbet her', 'jobba her',
  'jobbat här', 'jobbat har', 'vi som jobbar', 'vi som jobber', 'vi som arbeider', 'vi som arbetar', 'oss som jobbar', 'oss som jobber',
  'those of us who work', 'of us who work',
  'medarbetare*', 'arbetsdag*', '*skyddsombud*', 'arbetsmiljo*',
  // English
  'at work', 'my job', 'my work', 'my workplace', 'our workplace', 'colleague*', 'coworker*', 'co workers', 'my boss', 'my manager',
  'our manager', 'line manager', 'union rep', 'shop steward', 'headteacher*', 'head teacher', 'my shift', 'night shift', 'our staff', 'staff meeting', 'my team',
  // the writer speaking as staff ("Som ansatt på teknisk …", "vi lærere fikk vite …")
  'som ansatt på', 'som ansatt pa', 'som ansatt i', 'som tilsett på', 'som tilsett pa', 'som tilsett i', 'som anställd på',
  'som anstalld pa', 'som anställd i', 'som anstalld i', 'as an employee of', 'as a member of staff', 'vi lærere', 'vi laerere',
  'vi lærarar', 'vi laerarar', 'vi lärare', 'vi larare', 'we teachers', 'vi sykepleiere', 'vi sjukepleiarar', 'vi sjuksköterskor',
  'vi sjukskoterskor', 'we nurses', 'vi pedagoger', 'vi pedagogar', 'vi i personalen', 'oss i personalen', 'vi personal',
  'oss personal', 'we staff', 'us staff', 'our team at',
]);

const SERVICE = tagged('service', [
  'skole*', '*skolen', '*skolens', 'skule*', '*skulen', 'skola*', '*skolan', 'barnehage*', '*barnehagen', 'barnehag*',
  'forskola*', '*forskolan', 'sfo', 'aks', 'fritidshem*', 'sykehjem*', '*sykehjemmet', 'sjukeheim*', '*sjukeheimen',
  'omsorgssenter*', 'bofellesskap*', 'bufellesskap*', 'hjemmetjeneste*', '*hjemmetjenesten', 'heimeteneste*', 'hjemmesykepleie*',
  'heimesjukepleie*', 'hemtjanst*', 'aldreboende*', 'helsestasjon*', 'legevakt*', 'nav', 'nav kontoret', 'navkontor*',
  'barnevern*', 'socialtjanst*', 'sosialtjeneste*', 'ppt', 'pp tjenesten', 'elevhels*', 'byggesak*', 'teknisk etat',
  'vedtak*', 'vedtaket', 'beslutet', 'elevene', 'elevane', 'eleverna', 'elever', 'elevar', 'beboer*', 'bebuar*', 'brukerne',
  'brukarane', 'pasientene', 'pasientane', 'patienterna', 'brukarna', 'vardtagar*', 'omsorgstagar*',
  'avdelingen', 'avdelinga', 'avdelningen', 'enheten', 'eininga', 'klassen', 'klasserommet', 'klassrummet', 'lærerne', 'laererne',
  'lærarane', 'laerarane', 'lärarna', 'lararna', 'budsjettkutt*', 'nedskjæring*', 'nedskjaering*', 'omorganisering*', 'nedleggelse*',
  'nedlegging*', 'sparekrav*', 'sparkrav*', 'besparing*', 'sjefen', 'chefen', 'personalet', 'personalen', 'personalgruppa',
  'servicetorg*', 'renovasjon*', 'brannstasjon*', 'stasjonen', 'bibliotek*', 'kontoret', 'teamet', 'tjenesten', 'tenesta',
  'heimetenest*', 'avdelingsmøte*', 'avdelingsmote*', 'avdelningsmöte*', 'avdelningsmote*', 'vaktplan*', 'bemanning*', 'sykefravær*',
  'sykefravaer*', 'sjukefråvær*', 'sjukefravaer*', 'sjukfrånvaro*', 'sjukfranvaro*', 
  'boende', 'nursing*', 'omsorgsbolig*', 'omsorgsbustad*', 'avlastning*', 'korttidsavdeling*', 'planavdeling*', 'elevhalsa*', 'elevhälsa*',
  'omsorgsnämnd*', 'omsorgsnamnd*', 'kommunhus*', 'rådhus*', 'radhus*', 'town hall', 'city hall', 'ordfører*', 'ordforer*',
  'ordførar*', 'ordforar*', 'the mayor', 'it department', 'the department', 'our department', 'planning office', 'service desk',
  'the office', 'the rota', 'rota', 'staffing', 'management',
  'the school', 'our school', 'the kindergarten', 'the nursery', 'nursing home', 'care home', 'home care', 'child welfare',
  'child protection', 'social services', 'the ward', 'my pupils', 'my students', 'the pupils', 'the students', 'the residents',
  'my patients', 'the patients', 'our patients', 'our residents', 'our pupils', 'our students', 'the unit', 'our unit',
]);

const PROFESSIONS = [
  'laerer', 'lærer', 'laerar', 'lærar', 'lärare', 'larare', 'teacher', 'sykepleier', 'sjukepleiar', 'sjukskoterska', 'undersköterska',
  'underskoterska', 'nurse', 'helsefagarbeider', 'helsefagarbeidar', 'assistent', 'barnehagelærer', 'barnehagelaerer',
  'barnehagelærar', 'pedagog', 'barnehagepedagog', 'forskollarare', 'förskollärare', 'saksbehandler', 'sakshandsamar', 'handläggare',
  'handlaggare', 'socialsekreterare', 'miljøarbeider', 'miljoarbeider', 'miljøterapeut', 'miljoterapeut', 'vernepleier', 'vernepleiar',
  'fysioterapeut', 'ergoterapeut', 'helsesykepleier', 'helsesøster', 'helsesoster', 'barnevernspedagog', 'sosionom', 'socionom',
  'kontaktlærer', 'kontaktlaerer', 'spesialpedagog', 'fagarbeider', 'fagarbeidar', 'renholder', 'vaktmester', 'rektor',
  'enhetsleder', 'social worker', 'caseworker', 'case worker', 'care worker', 'support worker', 'teaching assistant',
  'barnevernsarbeider', 'sosialarbeider', 'helsearbeider', 'jordmor', 'bibliotekar', 'bibliotekarie', 'brannkonstabel', 'brannmann',
  'røykdykker', 'psykolog', 'logoped', 'konsulent', 'rådgiver', 'radgiver', 'rådgjevar', 'radgjevar', 'planlegger', 'arealplanlegger',
  'byggesaksbehandler', 'ingeniør', 'ingenior', 'elevassistent', 'barnskötare', 'barnskotare', 'fritidspedagog', 'fritidsledare',
  'kurator', 'skolsköterska', 'skolskoterska', 'skolesykepleier', 'helsesjukepleiar', 'vårdbiträde', 'vardbitrade', 'skötare',
  'skotare', 'socialarbetare', 'personlig assistent', 'ungdomsarbeider', 'miljöterapeut', 'boendestödjare', 'boendestodjare',
  'librarian', 'firefighter', 'planner', 'youth worker', 'midwife', 'health visitor', 'school nurse', 'home carer', 'carer',
];
// "som lærer" is also "who learns" in bokmål, so the bare "som" frame skips
// that one word; the other frames are unambiguous.
const PROFESSION_FRAMES = ['jeg er', 'eg er', 'jag är', 'jag ar', 'jobber som', 'jobbar som', 'arbeider som', 'arbeidar som', 'arbetar som', 'i am a', 'i am an', 'im a', 'im an', 'as a', 'as an', 'work as a', 'work as an', 'har vore', 'har vært', 'har vaert', 'har varit', 'been a', 'been an', 'som'];
const AMBIGUOUS_AFTER_SOM = new Set(['lærer', 'laerer']);

const PROFESSION: TermDef[] = [
  ...PROFESSION_FRAMES.flatMap((frame) =>
    PROFESSIONS.filter((p) => frame !== 'som' || !AMBIGUOUS_AFTER_SOM.has(p)).map((p) => ({ pattern: `${frame} ${p}`, tag: 'role' })),
  ),
  // The profession named without a frame ("vi er to sykepleiere") needs a cue like any service.
  ...PROFESSIONS.filter((p) => !p.includes(' ') && !AMBIGUOUS_AFTER_SOM.has(p)).map((p) => ({ pattern: `${p}*`, tag: 'service' })),
];

// Someone the writer serves, named as such: a citizen rarely writes "beboeren
// på rom 12" or "our service user". Enough on its own.
const CLIENT = tagged('client', [
  'beboeren på rom', 'beboeren pa rom', 'bebuaren på rom', 'bebuaren pa rom', 'pasienten på rom', 'pasienten pa rom',
  'resident in room', 'patient in room', 'brukaren i lägenhet', 'brukaren i lagenhet', 'brukeren vår', 'brukeren var',
  'brukaren vår', 'brukaren var', 'vår brukare', 'var brukare', 'vår bruker', 'var bruker', 'pasienten vår', 'pasienten var',
  'our client', 'our service user', 'new service user', 'ny bruker', 'ny brukar', 'ny brukare', 'in my class', 'i min klass',
  'i klassen min', 'i klassen vår', 'i klassen var', 'eleven min', 'eleven mi', 'vår praksis', 'var praksis', 'our practice',
  'our unit', 'in our unit', 'vår vardag', 'var vardag', 'på avdelingen', 'pa avdelingen', 'på avdelinga', 'pa avdelinga',
  'på avdelningen', 'pa avdelningen', 'på boendet', 'pa boendet', 'on our ward', 'on the ward',
]);

/** Case and archive references: followed by a number they are the writer's casework. */
export const CASE_KEYWORDS = tagged('case', [
  'sak', 'saka', 'saksnr', 'saksnummer', 'saksnummeret', 'arkivsak', 'arkivsaksnr', 'journalpost', 'journalpostnr', 'ref',
  'referanse', 'dnr', 'diarienummer', 'diarienr', 'ärende', 'arende', 'ärendenummer', 'arendenummer', 'ärendenumret',
  'arendenumret', 'case', 'case no', 'case number', 'archive ref', 'file no',
]);

const CUE = tagged('cue', [
  'jeg jobber', 'jeg jobbar', 'eg jobbar', 'eg jobber', 'jag jobbar', 'jag arbetar', 'jeg arbeider', 'eg arbeider', 'eg arbeidar',
  'i work', 'we work', 'vi jobber', 'vi jobbar', 'vi på', 'vi pa', 'vi som jobber', 'vi som jobbar', 'vi som arbetar',
  'mine elever', 'elevene mine', 'elevane mine', 'mina elever', 'min klasse', 'klassen min', 'min klass', 'mine brukere',
  'brukerne mine', 'brukarane mine', 'mine pasienter', 'pasientene mine', 'mina patienter', 'i dag på', 'i dag pa', 'idag på',
  'idag pa', 'today at', 'we at', 'us at', 'vi i', 'vi ved', 'hos oss', 'we in', 'us in', 'those of us', 'vi er to',
  'vi er bare', 'vi er berre', 'vi var bare', 'vi var berre', 'vi var bara', 'vi är två', 'vi ar tva', 'vi er tre', 'two of us',
  'only two of us', 'jeg har jobbet', 'eg har jobba', 'har jobbat', 'ingen av oss', 'none of us', 'fekk vi', 'fikk vi', 'fick vi',
  'vi fikk beskjed', 'vi fekk beskjed', 'vi fick besked', 'oss ansatte', 'anyone else in', 'anyone else working', 'my class', 'my pupils', 'my students', 'my patients', 'my residents',
]);

/**
 * Possessives that make a service the writer's own when written right next to
 * it ("skolen vår", "min barnehage", "our school"). Compared on the lower-cased
 * word as written, because folding would make "vår" (our) and "var" (was) one.
 */
export const OWN_POSSESSIVES_BEFORE: ReadonlySet<string> = new Set(['vår', 'vårt', 'våre', 'våra', 'min', 'mitt', 'mine', 'mi', 'my', 'our']);
export const OWN_POSSESSIVES_AFTER: ReadonlySet<string> = new Set(['vår', 'vårt', 'våre', 'våra', 'min', 'mitt', 'mine', 'mi', 'vor', 'vort', 'vore']);

// Exclusions match as written (no typo tolerance): "sønnens" must not catch "sønnen din".
const EXCLUDE = exactly(tagged('exclude', [
  // personal history, not work
  'jeg gikk på', 'jeg gikk pa', 'eg gjekk på', 'eg gjekk pa', 'jag gick på', 'jag gick pa', 'i went to', 'gikk på skolen',
  'gikk på skole', 'skoletiden', 'skoledagene', 'min skoletid', 'mi skuletid', 'when i was at school', 'da jeg var liten',
  // someone else's job
  'gratulerer med', 'gratulere med', 'grattis med', 'grattis till', 'gratulerer så mye', 'congrats on', 'congratulations on',
  'lykke til med',
  // family members' jobs, former colleagues
  'far var', 'mor var', 'pappa var', 'mamma var', 'min far', 'min mor', 'faren min', 'mora mi', 'moren min', 'min pappa', 'min mamma',
  'pappaen min', 'mammaen min', 'my dad', 'my mum', 'my mom', 'my father', 'my mother', 'gamle kolleg*', 'gamla kolleg*',
  'tidligere kolleg*', 'tidlegare kolleg*', 'former colleague*', 'förra kolleg*', 'forra kolleg*', 'ex kolleg*',
  // the writer's children, grandchildren: parent talk
  'sønnen min', 'sonnen min', 'datteren min', 'dattera mi', 'dotra mi', 'guten min', 'gutten min', 'jenta mi', 'jenten min',
  'barna mine', 'ungene mine', 'ungane mine', 'borna mine', 'barnebarn*', 'min sønn', 'min sonn', 'mi dotter', 'min datter',
  'min son', 'min dotter', 'mina barn', 'mitt barn', 'vårt barn', 'vart barn', 'våre barn', 'vare barn', 'vara barn', 'våra barn',
  'my son', 'my daughter', 'my kids', 'my children', 'our kids', 'our children', 'minstemann', 'storebror', 'lillebror',
  'storesøster', 'lillesøster', 'sønnens', 'sonnens', 'datterens', 'minsten', 'poden', 'yngsten', 'eldsten', 'lillemann',
  'lillkillen', 'lilltjejen', 'lillejenta', 'veslejenta', 'vesleguten', 'sonen min', 'dottera mi', 'my little one', 'my toddler',
  // "the job" in the sense of a task at home
  'jobben med', 'jobbet med', 'jobba med',
]));

function exactly(defs: TermDef[]): TermDef[] {
  return defs.map((d) => ({ ...d, pattern: d.pattern.split(' ').map((w) => `${w}!`).join(' ') }));
}

export const WORK_TERMS: readonly TermDef[] = [...EMPLOYER, ...ROLE, ...SERVICE, ...PROFESSION, ...CLIENT, ...CASE_KEYWORDS, ...CUE, ...EXCLUDE];
