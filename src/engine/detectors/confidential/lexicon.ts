// Word lists for the confidential detector, in bokmål, nynorsk, Swedish and
// English. Patterns use the `*` syntax of ../../text/terms.ts and are folded
// (no diacritics needed; "fødselsnummer" and "fodselsnummer" are one pattern).
import { tagged, type TermDef } from '../../text/terms.ts';

// ------------------------------------------------------------------ ID numbers

/** Words that say a number is a person's ID (or a birth date): they raise the severity. */
export const ID_CUE_TERMS: readonly TermDef[] = tagged('id', [
  'fnr', 'f nr', 'fodselsnr', 'fodselsnummer*', 'fodselsnumre*', 'fodselsnumra', 'fodselsdato*', 'fodd', 'fodt', 'fodde', 'fodte',
  'personnummer*', 'personnumre*', 'personnumr*', 'personnr', 'pers nr', 'persnr', 'pnr', 'p nr', 'personid', 'personident*',
  'd nummer*', 'dnummer*', 'd nr', 'dnr', 'h nummer*', 'hnummer*', 'fh nummer*', 'id nummer*', 'idnummer*', 'id nr', 'idnr',
  'identitetsnummer*', 'idnumret', 'samordningsnummer*', 'samordningsnr', 'samordningsnumr*', 'sam nr', 'fodelsenummer*',
  'personalia', 'personopplysning*', 'personuppgift*',
  'born', 'ssn', 'social security', 'national id', 'national identity', 'personal id', 'personal identity number*',
  'personal number', 'id number', 'identity number', 'birth number', 'date of birth', 'dob',
]);

/** Words that say an 11/10/12-digit number is something else: an account, an order, a phone. */
export const NOT_ID_TERMS: readonly TermDef[] = tagged('not-id', [
  'konto*', 'kto', 'bankkonto*', 'kontonr', 'kontonummer*', 'bankgiro*', 'plusgiro*', 'clearing*', 'iban', 'account*', 'acct',
  'sort code', 'ordre*', 'ordrenr', 'order*', 'ordernr', 'bestilling*', 'bestallning*', 'booking*', 'reservasjon*', 'bokning*',
  'faktura*', 'fakturanr', 'invoice*', 'kid', 'kidnr', 'kid nr', 'kid nummer', 'ocr', 'referanse*', 'referens*', 'ref', 'reference*',
  'kundenr', 'kundenummer*', 'kundnr', 'kundnummer*', 'customer*', 'medlemsnr', 'medlemsnummer*', 'medlemsnumret', 'membership*',
  'sporing*', 'sporingsnummer*', 'sending*', 'sendingsnummer*', 'forsendelse*', 'kolli*', 'tracking*', 'parcel*', 'pakke*', 'paket*',
  'tlf', 'tel', 'telefon*', 'telefonnr', 'phone*', 'mobil*', 'mob', 'mobile*', 'ring', 'ringe', 'ringer', 'call', 'sms', 'whatsapp', 'fax', 'faks',
  'orgnr', 'org nr', 'organisasjonsnummer*', 'organisasjonsnr', 'organisationsnummer*', 'organisationsnr', 'orgnummer*', 'vat',
  'mva', 'momsnr', 'momsregistreringsnummer*', 'serienummer*', 'serial*', 'imei', 'isbn', 'ean', 'gtin', 'varenr', 'varenummer*',
  'artikkelnr', 'artikkelnummer*', 'artikelnr', 'artikelnummer*', 'art nr', 'produktnr', 'produktnummer*', 'lisens*', 'licens*',
  'billett*', 'biljett*', 'ticket*', 'kvittering*', 'kvitto*', 'receipt*', 'transaksjon*', 'transaktion*', 'transaction*',
]);

// -------------------------------------------------------------- case numbers

/** Keywords that introduce a case or archive number. `exactOnly` words need the number right after them. */
export const CASE_KEYWORDS: readonly TermDef[] = [
  ...tagged('case', [
    'saksnr', 'saksnummer*', 'saknr', 'saksnumre*', 'saksreferanse*', 'sak nr', 'saks nr', 'arkivsak*', 'arkivsaksnr', 'arkivsaknr',
    'arkivnr', 'arkivnummer*', 'arkivref*', 'dnr', 'd nr', 'diarienr', 'diarienummer*', 'diarienumr*', 'diarienum*', 'arendenr',
    'arendenummer*', 'arendenumr*', 'arendenum*', 'j nr', 'jnr', 'journalnr', 'journalnummer*', 'journalpostnr', 'journalpost*',
    'jour nr', 'case no', 'case nr', 'case number', 'case ref', 'case reference', 'file no', 'file number', 'our ref', 'your ref',
    'var ref', 'deres ref', 'dykkar ref', 'er ref', 'doknr', 'dokumentnr', 'dokumentnummer*', 'ref', 'referanse', 'referansenr',
    'referens', 'referensnr', 'reference', 'archive ref', 'archive reference', 'arkivreferanse*',
  ]),
  // Everyday words that are case keywords only when a number pattern follows at once.
  ...tagged('case-bare', ['sak', 'saka', 'saken', 'arende', 'arendet', 'case', 'arkivsak']),
];

// ------------------------------------------------------------ sensitive data

export type SensitiveCategory = 'health' | 'child_welfare' | 'social_services' | 'pupil_records' | 'protected_address' | 'closed_meeting';

const HEALTH = tagged('health', [
  'diagnos*', 'diagnostiser*', 'feildiagnos*', 'adhd', 'add diagnose*', 'autis*', 'asperger*', 'tourette*', 'dysleksi*', 'dyslexi*',
  'dyslexia', 'dyskalkuli*', 'demens*', 'dement', 'demente', 'dementia', 'alzheimer*', 'kreft', 'kreften', 'kreftsyk*', 'kreftdiagnos*',
  'kreftbehandling*', 'kreftsvulst*', 'kreftpasient*', 'cancer', 'cancern', 'cancersjuk*', 'cancerbehandling*', 'leukemi*',
  'leukaemia', 'leukemia', 'cellegift*', 'cellgift*', 'cytostatika', 'chemotherapy', 'chemo', 'psykisk', 'psykiske', 'psykiskt',
  'psykisk syk*', 'psykisk sjuk*', 'psykiatri*', 'psykiatrisk*', 'psykose*', 'psykos', 'psykosen', 'psychosis', 'psychotic',
  'schizofren*', 'schizophren*', 'bipolar*', 'depresjon*', 'depression*', 'deprimert', 'deprimerad', 'depressed', 'angstlidelse*',
  'angstanfall*', 'panikkangst*', 'spiseforstyrr*', 'atstorning*', 'eating disorder', 'anoreksi*', 'anorexi*', 'anorexia', 'bulimi*',
  'selvskad*', 'sjolvskad*', 'sjalvskad*', 'self harm*', 'selvmordsforsok*', 'sjolvmordsforsok*', 'sjalvmordsforsok*', 'suicidal*',
  'suicide attempt', 'selvmordstank*', 'rus', 'rusen', 'ruset', 'rusmisbruk*', 'rusproblem*', 'rusavhengig*', 'rusmiddel*',
  'rusbehandling*', 'missbrukar*', 'missbruksproblem*', 'alkoholmissbruk*', 'drogmissbruk*', 'narkotikamissbruk*', 'alkoholiker*', 'alkoholism*', 'alcoholic', 'alcoholism', 'narkoman*',
  'addict', 'addiction', 'overdose*', 'overdos*', 'abstinens*', 'innlagt pa', 'innlagd pa', 'inlagd pa', 'ble innlagt', 'blitt innlagt',
  'er innlagt', 'var innlagt', 'vart innlagd', 'blei innlagd', 'er innlagd', 'blev inlagd', 'ar inlagd', 'tvangsinnlagt*',
  'tvangsinnlagd*', 'tvangsinnleggelse*', 'tvangsinnlegging*', 'tvangsmedisin*', 'tvangsvedtak*', 'lpt', 'hospitalised', 'hospitalized',
  'admitted to hospital', 'sectioned', 'epilepsi*', 'epileptisk*', 'epilepsy', 'epileptic', 'diabetes', 'diabetiker*', 'diabetic',
  'hiv', 'hiv positiv*', 'downs syndrom*', 'down syndrom*', 'downs syndrome', 'cerebral parese', 'utviklingshemm*',
  'psykisk utviklingshemm*', 'utvecklingsstorning*', 'intellektuell funktionsnedsattning*', 'learning disabilit*', 'funksjonshemm*',
  'funktionsnedsattning*', 'funktionshind*', 'sykmeldt', 'sykemeldt', 'sykmelding*', 'sykemelding*', 'sjukmeldt', 'sjukemeld*',
  'sjukskriv*', 'sick leave', 'ptsd', 'ocd', 'tvangslidelse*', 'personlighetsforstyrr*', 'terminalt syk*', 'terminally ill', 'palliativ*',
  'dodssyk*', 'dodsjuk*', 'hjerneslag', 'slagpasient*', 'abort*', 'abortion', 'spontanabort*', 'graviditet*', 'gravid',
  'parkinson*', 'kols', 'kol', 'copd', 'hjertesvikt*', 'hjartsvikt*', 'heart failure', 'coliaki*', 'celiaki*', 'coeliac', 'celiac',
  'skader seg selv', 'skadet seg selv', 'skada seg sjolv', 'skadar seg sjolv', 'skadar sig sjalv', 'skadat sig sjalv',
  'skadade sig sjalv', 'skadar sig', 'harmed herself', 'harmed himself', 'harming herself', 'harming himself', 'ms syk*',
  'multippel sklerose', 'multipel skleros', 'multiple sclerosis', 'cystisk fibrose', 'epileptisk anfall', 'epileptiske anfall',
  'krampeanfall*', 'insulin*', 'insulindose*', 'dialyse*', 'dialys*', 'dialysis', 'korona*', 'covid*', 'smittet', 'smitta',
  // a resident's death or decline is a health matter about them
  'gikk bort', 'gjekk bort', 'gick bort', 'passed away', 'avled', 'avlidit', 'sovnet inn', 'sovna inn', 'somnade in',
  'sluttet a spise', 'slutta a spise', 'slutta a ete', 'slutat ata', 'stopped eating',
]);

const CHILD_WELFARE = tagged('child_welfare', [
  'barnevern*', 'barnevernstjeneste*', 'barneverntjeneste*', 'barnevernsak*', 'barnevernssak*', 'bv tjenesten', 'bvtjenesten',
  'omsorgsovertak*', 'omsorgsovertaking*', 'omsorgsovertakelse*', 'akuttplassering*', 'akuttvedtak*', 'akuttplassert*',
  'fosterhjem*', 'fosterheim*', 'fosterhem*', 'fosterforeldr*', 'fosterforaldr*', 'fosterbarn*', 'fosterfamil*', 'fosterforelder',
  'familjehem*', 'beredskapshjem*', 'beredskapsheim*', 'jourhem*', 'bekymringsmelding*', 'bekymringsmeld*', 'orosanmal*',
  'orosanmalning*', 'lvu', 'lvu placer*', 'tvangsomhandertag*', 'omhandertag*', 'omhandertas', 'tvangsplassering*', 'barnevernsinstitusjon*',
  'ungdomshjem*', 'hvb hem*', 'socialtjanst*', 'soctjanst*', 'child protection', 'child protective services',
  'child welfare', 'cps', 'taken into care', 'foster care', 'foster home', 'foster parent*', 'care order',
  'safeguarding referral', 'child in need', 'barnefordeling*', 'barnefordelingssak*', 'foreldretvist*', 'samvaerssak*',
  'vardnadstvist*', 'vardnadsutredning*', 'vardnadsmal*', 'custody dispute', 'custody battle', 'custody case',
  'besoksforbud*', 'kontaktforbud*', 'kontaktforbod*', 'restraining order',
  'non molestation order',
]);

const SOCIAL_SERVICES = tagged('social_services', [
  'sosialhjelp*', 'sosialhjelpa', 'sosialstonad*', 'okonomisk sosialhjelp', 'okonomisk stonad', 'okonomisk hjelp fra nav',
  'sosialkontor*', 'sosialtjeneste*', 'sosialtenest*', 'kvalifiseringsprogram*', 'kvalifiseringsstonad*', 'introduksjonsstonad*',
  'arbeidsavklaringspenger', 'uforetrygd*', 'uforetrygda', 'uforepensjon*', 'bostotte', 'nodhjelp fra nav', 'nav stonad*',
  'forsorjningsstod*', 'ekonomiskt bistand*', 'ekonomiskt stod', 'socialbidrag*', 'bistandstagar*', 'bistandshandlaggar*',
  'forsakringskassan', 'aktivitetsersattning*', 'sjukersattning*', 'welfare benefit*', 'social assistance', 'on benefits',
  'on welfare', 'benefit claimant*', 'universal credit', 'food bank*', 'matutdeling*', 'matkasse*', 'omsorgsstonad*',
  'omsorgslonn*', 'lss', 'lss insats*', 'personlig assistans', 'bostadsanpassning*', 'fardtjanst*', 'hemtjanstbeslut*',
]);

const PUPIL_RECORDS = tagged('pupil_records', [
  'iop', 'iopen', 'ppt', 'pp tjenesten', 'pp tenesta', 'pp tenesten', 'ppt rapport*', 'spesialundervisning*',
  'spesialundervising*', 'spesialpedagogisk hjelp', 'spesialpedagogisk hjelp*', 'spesialpedagogiske tiltak', 'sakkyndig vurdering*',
  'sakkunnig vurdering*', 'saerskilt tilrettelegging*', 'saerskild tilrettelegging*', 'tilrettelagt opplaering', 'tilpassa opplaering',
  'individuell opplaeringsplan*', 'enkeltvedtak om spesialundervisning', 'aktivitetsplan*', 'mobbesak*', '9a sak*', 'atgardsprogram*',
  'sarskilt stod', 'sarskilt stod*', 'extra anpassning*', 'elevhalsa*', 'elevhalsoteam*', 'eht', 'elevhelseteam*', 'resursskola*',
  'anpassad studiegang', 'individual education plan', 'iep', 'ehcp', 'special educational needs', 'sen support', 'statement of needs',
]);

/** The pupil records that belong to one pupil ("Karis IOP"), as opposed to services ("elevhälsan"): patterns from PUPIL_RECORDS. */
export const OWNABLE_RECORDS: ReadonlySet<string> = new Set([
  'iop', 'iopen', 'iep', 'ehcp', 'atgardsprogram*', 'individuell opplaeringsplan*', 'individual education plan', 'aktivitetsplan*',
  'sakkyndig vurdering*', 'sakkunnig vurdering*', 'extra anpassning*', 'statement of needs', 'spesialundervisning*', 'spesialundervising*',
]);

const PROTECTED_ADDRESS = tagged('protected_address', [
  'hemmelig adresse*', 'sperret adresse*', 'sperra adresse*', 'adressesperr*', 'adressesperring*', 'kode 6', 'kode 7', 'kode seks',
  'kode sju', 'kode syv', 'strengt fortrolig adresse*', 'fortrolig adresse*', 'skjermet adresse*', 'adressen er sperret',
  'skyddad identitet', 'skyddade personuppgift*', 'sekretessmarkering*', 'sekretessmarkerad*', 'kvarskrivning*', 'kvarskriven',
  'fingerade personuppgift*', 'protected address', 'secret address', 'confidential address', 'address is confidential',
]);

const CLOSED_MEETING = tagged('closed_meeting', [
  'lukket mote', 'lukket del', 'lukka mote', 'lukkede moter', 'lukkede dorer', 'lukka dorer', 'bak lukkede dorer', 'unntatt offentlighet',
  'unntatt off', 'unnateke offentlegheit', 'unnateken offentlegheit', 'unntatt innsyn', 'taushetsbelagt*', 'taushetsbelagd*',
  'teiepliktig*', 'sekretessbelagd*', 'sekretessbelagt', 'sekretesskydd*', 'hemligstampl*', 'stangda dorrar', 'bakom stangda dorrar',
  'inom stangda dorrar', 'slutet mote', 'stangda motet', 'stangt mote', 'stangda moten', 'slutna motet', 'slutet sammantrade',
  'lukkede motet', 'lukka motet', 'lukkede delen', 'lukka delen', 'lukket formannskapsmote', 'lukket kommunestyremote',
  'closed session', 'closed meeting', 'closed council meeting', 'closed board meeting', 'closed part of the meeting',
  'behind closed doors', 'in camera', 'confidential item',
  'exempt from publication', 'exempt information',
]);

export const SENSITIVE_TERMS: readonly TermDef[] = [
  ...HEALTH,
  ...CHILD_WELFARE,
  ...SOCIAL_SERVICES,
  ...PUPIL_RECORDS,
  ...PROTECTED_ADDRESS,
  ...CLOSED_MEETING,
];

// ------------------------------------------------------ who is being talked about

/**
 * People in the writer's care, singular: the definite forms point at one
 * person ("eleven", "pasienten"), the bare ones follow an article ("en elev").
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  // bokmål / nynorsk
  'elev', 'eleven', 'pasient', 'pasienten', 'bruker', 'brukeren', 'brukar', 'brukaren', 'beboer', 'beboeren', 'bebuar',
  'bebuaren', 'klient', 'klienten', 'gutt', 'gutten', 'gut', 'guten', 'jente', 'jenta', 'jenten', 'gjente', 'gjenta', 'unge',
  'ungen', 'ungdom', 'ungdommen', 'barn', 'barnet', 'tenaring', 'tenaringen', 'deltaker', 'deltakeren', 'deltakar', 'deltakaren',
  'mann', 'mannen', 'kvinne', 'kvinnen', 'kvinna', 'dame', 'damen', 'herre', 'herren', 'fyren', 'karen', 'gubben', 'kjerringa',
  'gamlingen', 'tanta', 'tante', 'onkel', 'moren', 'mora', 'forelder', 'forelderen', 'foresatt', 'foresatte', 'innbygger', 'innbyggeren', 'soker', 'sokeren', 'lærling', 'laerling',
  // Swedish
  'patient', 'patienten', 'brukare', 'brukaren', 'boende', 'boenden', 'vardtagare', 'vardtagaren', 'omsorgstagare',
  'omsorgstagaren', 'klienten', 'pojke', 'pojken', 'flicka', 'flickan', 'kille', 'killen', 'tjej', 'tjejen', 'ungdomen', 'mamma',
  'mamman', 'pappa', 'pappan', 'kvinnan', 'mannen', 'gubben', 'gumman', 'tanten', 'farbrorn',
  // English
  // pronouns: "hun i 2. klasse", "hon i 3A", "he in room 4" (they need a class or place right after them)
  'hun', 'han', 'ho', 'hon', 'she', 'he',
  'pupil', 'student', 'patient', 'resident', 'client', 'boy', 'girl', 'child', 'kid', 'teenager', 'teen', 'man', 'woman', 'lady',
  'gentleman', 'mother', 'father', 'mum', 'mom', 'dad', 'parent', 'user', 'participant', 'guy', 'lad', 'fellow', 'bloke', 'chap',
]);

/** Pronouns among PERSON_NOUNS: they count only with a class or place right after them. */
export const PRONOUNS: ReadonlySet<string> = new Set(['hun', 'han', 'ho', 'hon', 'she', 'he']);

/** Person nouns that mean one person in the care of the writer's service, even without a qualifier, given a work cue. */
export const CARE_NOUNS: ReadonlySet<string> = new Set([
  'elev', 'eleven', 'pasient', 'pasienten', 'bruker', 'brukeren', 'brukar', 'brukaren', 'beboer', 'beboeren', 'bebuar', 'bebuaren',
  'klient', 'klienten', 'patient', 'patienten', 'brukare', 'brukaren', 'vardtagare', 'vardtagaren', 'omsorgstagare', 'omsorgstagaren',
  'pupil', 'student', 'resident', 'client', 'deltaker', 'deltakeren', 'deltakar', 'deltakaren', 'boende', 'boenden', 'user',
]);

/**
 * Definite words for one specific person or household that, with a work cue,
 * point at someone from work ("fikk vite på jobb at familien … har sperret
 * adresse"). Unlike CARE_NOUNS they take no possessive: "familien min",
 * "gutten min" are the writer's own.
 */
export const DEFINITE_PEOPLE: ReadonlySet<string> = new Set([
  'familien', 'familia', 'familja', 'familjen', 'family', 'gutten', 'guten', 'jenta', 'jenten', 'gjenta', 'ungen', 'barnet',
  'pojken', 'flickan', 'killen', 'tjejen', 'mannen', 'kvinnen', 'kvinna', 'kvinnan', 'damen', 'dama', 'boy', 'girl', 'kid', 'child',
]);

/** Family talk: with one of these in the draft, "Emma i barnehagen" is the writer's child's friend, not work. Folded. */
export const FAMILY_TERMS: readonly TermDef[] = tagged('family', [
  'sonnen min', 'sønnen min', 'datteren min', 'dattera mi', 'dotra mi', 'min sonn', 'min sønn', 'min datter', 'mi dotter',
  'barna mine', 'ungene mine', 'ungane mine', 'borna mine', 'barnet mitt', 'vare barn', 'våre barn', 'vart barn', 'vårt barn',
  'min son', 'min dotter', 'mina barn', 'mitt barn', 'våra barn', 'vara barn', 'my son', 'my daughter', 'my kids', 'my children',
  'our kids', 'our children', 'barnebarn*', 'grandchild*', 'grandson', 'granddaughter', 'bestemor', 'bestefar', 'mormor', 'morfar',
  'farmor', 'farfar', 'besteforeldr*', 'grandma', 'grandpa', 'my mum', 'my mom', 'my dad', 'mamma', 'pappa', 'mora mi', 'faren min',
]);

/** Plural care nouns, for "en av elevene (mine)", "one of my patients". Folded. */
export const CARE_PLURALS: ReadonlySet<string> = new Set([
  'elevene', 'elevane', 'eleverna', 'elever', 'elevar', 'pasientene', 'pasientane', 'pasienter', 'pasientar', 'patienterna',
  'patienter', 'brukerne', 'brukarane', 'brukere', 'brukarar', 'brukare', 'brukarna', 'beboerne', 'beboere', 'bebuarane',
  'bebuarar', 'klientene', 'klientane', 'klienter', 'klientar', 'klienterna', 'vardtagarna', 'vardtagare', 'boende', 'boendena',
  'pupils', 'students', 'patients', 'residents', 'clients', 'kids', 'children', 'barna', 'borna', 'ungene', 'ungane', 'barnen',
]);
/** "en av", "ein av", "one of". Folded. */
export const ONE: ReadonlySet<string> = new Set(['en', 'ein', 'ei', 'ett', 'eit', 'one', 'ena', 'den', 'hon', 'han']);
export const OF: ReadonlySet<string> = new Set(['av', 'of', 'blant', 'bland', 'among']);

/** Articles before an indefinite person noun ("en elev", "a pupil"). */
export const ARTICLES: ReadonlySet<string> = new Set(['en', 'ein', 'ei', 'ett', 'eit', 'et', 'a', 'an', 'one', 'denne', 'den', 'this', 'that', 'the']);

/** Age words: "14 år gammel", "14-åring", "14-årig", "14-year-old". Folded. */
export const AGE_UNITS: ReadonlySet<string> = new Set(['ar', 'year', 'years', 'yr', 'yrs', 'mnd', 'maneder', 'manader', 'months']);
export const AGE_OLD: ReadonlySet<string> = new Set(['gammel', 'gammal', 'gamal', 'gamle', 'gamla', 'gammalt', 'gammelt', 'old']);
export const AGE_NOUN_PREFIXES: readonly string[] = ['aring', 'arig', 'arige', 'arigt', 'ars', 'year'];

/**
 * Possessives of the writer, compared on the lower-cased raw word ("vår" our,
 * not "var" was). Nynorsk "vore" is left out: it is far more often "been".
 */
export const OWN_POSSESSIVES: ReadonlySet<string> = new Set([
  'min', 'mi', 'mitt', 'mine', 'vår', 'vårt', 'våre', 'våra', 'mina', 'my', 'our',
]);

/** Words for where in the service the person is: "på rom 12", "in room 4", "på bu 3". Folded. */
export const PLACE_NUMBERED: ReadonlySet<string> = new Set([
  'rom', 'rommet', 'rum', 'rummet', 'room', 'bu', 'avdeling', 'avd', 'avdelning', 'post', 'ward', 'unit', 'hus', 'huset',
  'seng', 'sang', 'bed', 'leilighet', 'leilegheit', 'lagenhet', 'flat', 'gruppe', 'gruppa', 'grupp', 'group', 'base', 'basen',
  'team', 'sone', 'modul', 'kohort',
]);
/**
 * Places in a service that identify a small group when the person is "there":
 * "gutten på avdelingen". Public places ("skolen", "barnehagen") are left out:
 * a parent or a reporter writes those too; with a possessive ("skolen vår")
 * they count through OWN_POSSESSIVES instead. Folded.
 */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  'avdelingen', 'avdelinga', 'avdelningen', 'enheten', 'eininga', 'bofellesskapet', 'bufellesskapet', 'bokollektivet', 'boendet',
  'sykehjemmet', 'sjukeheimen', 'aldreboendet', 'korttidsavdelingen', 'korttidsavdelinga', 'skjermet', 'skjerma', 'sengeposten',
  'institusjonen', 'avlastningen', 'avlastinga', 'avlastninga', 'omsorgssenteret', 'helsehuset', 'dagsenteret',
  'serviceboendet', 'gruppboendet', 'demensavdelingen', 'demensavdelinga', 'avlastningshjemmet', 'avlastningsboligen', 'avlastningsbustaden',
  'omsorgsboligen', 'omsorgsbustaden', 'gruppeboligen', 'gruppebustaden', 'barneboligen', 'gruppbostaden', 'korttidsboendet',
  'ward',
]);

/**
 * Public places: a person "i barnehagen", "på skolen", "in the nursery" is pinned
 * down only when the draft is first person and not family talk. Folded.
 */
export const PUBLIC_PLACE_WORDS: ReadonlySet<string> = new Set([
  'skolen', 'skulen', 'skolan', 'barnehagen', 'barnehage', 'forskolan', 'sfo', 'aks', 'fritids', 'klassen', 'klassa', 'klassrummet',
  'school', 'nursery', 'kindergarten', 'class',
]);
/** Prepositions that introduce such a place. Folded. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['pa', 'i', 'in', 'on', 'at', 'fra', 'fran', 'from', 'hos', 'hja', 'ved', 'vid']);

/**
 * Verbs and words that make a following service word the workplace, not a
 * detail about someone: "jobber i barnevernet", "works in child protection",
 * "ansatt på psykiatrisk". Folded.
 */
export const WORKPLACE_FRAME: ReadonlySet<string> = new Set([
  'jobber', 'jobbar', 'jobbet', 'jobba', 'jobbe', 'arbeider', 'arbeidar', 'arbeidet', 'arbeide', 'arbetar', 'arbetat', 'arbeta',
  'ansatt', 'ansette', 'tilsett', 'anstalld', 'anstallda', 'work', 'works', 'worked', 'working', 'employed', 'job', 'jobb',
  'leder', 'leiar', 'chef', 'head', 'sjef',
]);
export const WORKPLACE_LINKS: ReadonlySet<string> = new Set(['i', 'pa', 'hos', 'for', 'ved', 'vid', 'in', 'at', 'on', 'the', 'med', 'with', 'innen', 'inom', 'within', 'som']);

/** First-person plural pronouns that make "vi har en elev…" a work frame. Folded. */
export const WE: ReadonlySet<string> = new Set(['vi', 'we', 'oss', 'us']);
export const HAVE_VERBS: ReadonlySet<string> = new Set([
  'har', 'hadde', 'hade', 'fikk', 'fekk', 'fick', 'fatt', 'tok', 'tog', 'have', 'had', 'got', 'get', 'took', 'tar',
]);

/**
 * First-person work frames: with one of these near a sensitive word, a bare
 * person noun or a name is someone the writer handles at work.
 *   cue      first person by itself ("eleven min", "hos oss", "jeg jobber")
 *   context  a work setting that is first person only with a first-person
 *            pronoun in the same sentence ("på jobb", "on shift")
 */
export const WORK_CUE_TERMS: readonly TermDef[] = [
  ...tagged('cue', [
    // bokmål / nynorsk
    'dag på jobb', 'dag pa jobb', 'dag på jobben', 'dag pa jobben', 'dagen på jobb', 'dagen pa jobb', 'kveld på jobb',
    'natt på jobb', 'vakt i dag', 'dagens vakt', 'dag på vakt', 'dag på jobbet', 'dag pa jobbet', 'dagens pass',
    'day at work', 'shift today', 'rough shift', 'long shift', 'night shift', 'i dag på jobb', 'i dag pa jobb', 'idag på jobb', 'idag pa jobb', 'på jobb i dag', 'pa jobb i dag', 'på jobb idag', 'pa jobb idag',
    'jobben min', 'jobben mi', 'vakta mi', 'vakten min', 'hos oss', 'hjå oss', 'hja oss', 'avdelingen min', 'avdelinga mi',
    'avdelingen vår', 'avdelinga vår', 'min avdeling', 'vår avdeling', 'klassen min', 'klassen vår', 'klassa mi', 'klassa vår',
    'min klasse', 'vår klasse', 'mine elever', 'elevene mine', 'elevane mine', 'min elev', 'eleven min', 'mine pasienter',
    'pasientene mine', 'pasientane mine', 'min pasient', 'pasienten min', 'pasienten vår', 'mine brukere', 'brukerne mine',
    'brukarane mine', 'brukeren min', 'brukaren min', 'brukeren vår', 'brukaren vår', 'beboerne våre', 'beboeren vår',
    'bebuarane våre', 'bebuaren vår', 'jeg jobber', 'jeg arbeider', 'eg jobbar', 'eg jobber', 'eg arbeider', 'eg arbeidar',
    'vi jobber', 'vi jobbar', 'vi arbeider', 'der jeg jobber', 'der eg jobbar', 'skolen min', 'skolen vår', 'skulen vår', 'skulen min',
    'barnehagen vår', 'barnehagen min', 'sykehjemmet vårt', 'sjukeheimen vår', 'min kollega', 'mi kollega', 'kollegaen min',
    'kollegaen mi', 'kollegaene mine', 'kollegaane mine', 'mine kolleger', 'mine kollegaer', 'mine kollegar',
    // Swedish
    'jobbet idag', 'jag jobbar', 'jag arbetar', 'vi jobbar', 'vi arbetar', 'där jag jobbar', 'dar jag jobbar', 'min avdelning',
    'vår avdelning', 'i min klass', 'min klass', 'mina elever', 'min elev', 'min patient', 'mina patienter', 'mina brukare',
    'min brukare', 'vår brukare', 'mina vårdtagare', 'min vårdtagare', 'min arbetskamrat', 'mina arbetskamrater', 'mina kollegor',
    // English
    'at my work', 'my job', 'my shift', 'on my ward', 'our ward', 'my ward', 'our unit', 'my unit', 'in my class', 'my class',
    'my pupil', 'my pupils', 'my student', 'my students', 'my patient', 'my patients', 'my client', 'my clients', 'our patient',
    'our patients', 'our resident', 'our residents', 'our pupil', 'our pupils', 'i work', 'we work', 'my caseload', 'my colleague',
    'my colleagues', 'a colleague of mine',
  ]),
  // Answering someone's own case in public. In a direct message that is the
  // person's own matter (contact_client), so these do not count there.
  ...tagged('second', [
    'søknaden din', 'soknaden din', 'søknaden deres', 'vedtaket ditt', 'vedtaket deres', 'saken din', 'saka di', 'din søknad',
    'din soknad', 'ditt vedtak', 'din sak', 'di sak', 'din ansökan', 'din ansokan', 'ditt ärende', 'ditt arende', 'ditt beslut',
    'your application', 'your case', 'your claim',
  ]),
  ...tagged('cue', [
    // the writer's own caseload
    'ny bruker', 'ny brukar', 'ny pasient', 'ny elev', 'ny brukare', 'ny patient', 'new patient', 'new client', 'new service user',
    'vår praksis', 'var praksis', 'vår hverdag', 'vår kvardag', 'vår vardag', 'our practice', 'our service',
  ]),
  ...tagged('context', [
    'på jobb', 'pa jobb', 'på jobben', 'pa jobben', 'fra jobb', 'fra jobben', 'frå jobb', 'på arbeid', 'pa arbeid', 'på arbeidet',
    'pa arbeidet', 'på vakt', 'pa vakt', 'nattevakt*', 'kveldsvakt*', 'dagvakt*', 'helgevakt*', 'på avdelingen', 'pa avdelingen',
    'på avdelinga', 'pa avdelinga', 'på jobbet', 'pa jobbet', 'från jobbet', 'fran jobbet', 'på arbetet', 'pa arbetet',
    'på avdelningen', 'pa avdelningen', 'kvällspass*', 'nattpass*', 'at work', 'on shift', 'on the ward', 'rektor', 'rektoren',
    'rektorn', 'principal', 'headteacher', 'head teacher', 'avdelingsleder*', 'avdelingsleiar*', 'enhetsleder*', 'einingsleiar*',
    'enhetschef*', 'avdelningschef*', 'kontaktlærer*', 'kontaktlaerer*', 'kontaktlarer*', 'mentor', 'mentorn',
  ]),
];

/** Words that open a sentence without its "jeg"/"jag": "Fikk vite på jobb at …", "Had a rough shift". Folded. */
export const ELLIPTIC_STARTS: ReadonlySet<string> = new Set([
  'fikk', 'fekk', 'fick', 'hadde', 'hade', 'horte', 'hoyrde', 'horde', 'matte', 'fant', 'fann', 'traff', 'motte', 'snakket',
  'snakka', 'pratade', 'got', 'had', 'heard', 'spent', 'met', 'found', 'dagens', 'todays',
]);

/** "Fra lukket møte …", "From the closed meeting": reporting from inside, a work frame. Folded. */
export const FROM_WORDS: ReadonlySet<string> = new Set(['fra', 'fran', 'from', 'etter', 'efter', 'after']);

/** First person plural: "vi", "vår", "our" — the writer speaking for a service. Folded; "vår" is checked as written. */
export const WE_WORDS: ReadonlySet<string> = new Set(['vi', 'oss', 'we', 'us', 'our', 'ours']);
export const OUR_RAW: ReadonlySet<string> = new Set(['vår', 'vårt', 'våre', 'våra']);

/** First-person pronouns that make a `context` cue first person. Folded; "I" is checked as written. */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['jeg', 'eg', 'jag', 'meg', 'mig', 'vi', 'oss', 'me', 'we', 'us', 'min', 'mi', 'mitt', 'mine', 'mina', 'my']);

/**
 * Capitalised words that are not names: sentence starters, pronouns, days,
 * months, greetings, institutions. Folded.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  // pronouns, articles, conjunctions, frequent sentence starters
  'jeg', 'eg', 'jag', 'i', 'du', 'dere', 'de', 'dei', 'dom', 'han', 'hun', 'ho', 'hon', 'vi', 'me', 'oss', 'det', 'den', 'dette',
  'denne', 'detta', 'dessa', 'disse', 'desse', 'en', 'ei', 'ein', 'eit', 'ett', 'et', 'og', 'och', 'men', 'sa', 'om', 'nar', 'hvis',
  'viss', 'dersom', 'kanskje', 'kanske', 'her', 'der', 'dar', 'hvor', 'kvar', 'hva', 'kva', 'vad', 'hvem', 'kven', 'vem', 'hvorfor',
  'kvifor', 'varfor', 'etter', 'efter', 'for', 'fordi', 'eftersom', 'ogsa', 'ocksa', 'ikke', 'ikkje', 'inte', 'nei', 'ja', 'jo',
  'takk', 'tack', 'hei', 'hej', 'hallo', 'heisann', 'god', 'godt', 'gratulerer', 'grattis', 'kjaere', 'kara', 'ingen', 'alle', 'alla',
  'mange', 'manga', 'noen', 'nokon', 'nagon', 'nagra', 'hele', 'heile', 'hela', 'min', 'mi', 'mitt', 'mine', 'mina', 'var', 'vart',
  'vare', 'vara', 'din', 'di', 'ditt', 'dine', 'dina', 'hans', 'hennes', 'deres', 'dykkar', 'deras', 'sin', 'sitt', 'sine', 'na', 'no',
  'nu', 'da', 'idag', 'imorgen', 'igar', 'dag', 'dagen', 'natt', 'natta', 'uka', 'uken', 'veckan', 'helt', 'bare', 'berre', 'bara',
  'veldig', 'valdigt', 'mye', 'mykje', 'mycket', 'litt', 'lite', 'enda', 'endå', 'allerede', 'allereie', 'redan', 'aldri', 'aldrig',
  'alltid', 'snart', 'fortsatt', 'framleis', 'fortfarande', 'uansett', 'likevel', 'anyway', 'tenk', 'tank', 'se', 'sjå', 'sja',
  'husk', 'kom', 'ha', 'hadde', 'har', 'er', 'ar', 'blir', 'vil', 'skal', 'ska', 'kan', 'ma', 'maa', 'matte', 'burde', 'bor', 'fikk',
  'fekk', 'fick', 'ble', 'vart', 'blei', 'blev', 'endelig', 'endeleg', 'aeh', 'oi', 'uff', 'wow', 'haha', 'lol', 'ok', 'okay',
  'the', 'a', 'an', 'and', 'but', 'or', 'so', 'if', 'when', 'then', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they',
  'we', 'you', 'my', 'our', 'your', 'his', 'her', 'their', 'there', 'here', 'what', 'who', 'why', 'how', 'today', 'tomorrow',
  'yesterday', 'thanks', 'thank', 'hi', 'hello', 'dear', 'just', 'also', 'not', 'no', 'yes', 'all', 'some', 'one', 'good', 'great',
  'nummer', 'nummeret', 'numret', 'numra', 'tallet', 'talet', 'koden', 'number', 'code',
  'sadly', 'unfortunately', 'dessverre', 'dessverre', 'tyvarr', 'heldigvis', 'lyckligtvis', 'luckily', 'please', 'vennligst',
  // days and months
  'mandag', 'tirsdag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'lordag', 'laurdag', 'sondag', 'mandag', 'mondag', 'tisdag',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'januar', 'februar', 'mars', 'april', 'mai', 'juni',
  'juli', 'august', 'september', 'oktober', 'november', 'desember', 'januari', 'februari', 'maj', 'augusti', 'december', 'january',
  'february', 'march', 'may', 'june', 'july', 'october', 'jul', 'julen', 'pask', 'paske', 'paaske', 'christmas', 'easter',
  // institutions and places often capitalised
  'nav', 'ppt', 'bup', 'dps', 'kommunen', 'kommuna', 'kommune', 'kommun', 'fylket', 'staten', 'regjeringen', 'regjeringa',
  'regeringen', 'stortinget', 'riksdagen', 'politiet', 'polisen', 'police', 'norge', 'noreg', 'norway', 'sverige', 'sweden',
  'danmark', 'europa', 'europe', 'gud', 'god', 'jesus', 'covid', 'corona', 'korona', 'facebook', 'instagram', 'linkedin', 'twitter',
  'google', 'tiktok', 'snapchat', 'youtube', 'helse', 'sykehuset', 'sjukehuset', 'sjukhuset', 'hospital', 'skolen', 'skulen',
  'skolan', 'barnehagen', 'forskolan', 'socialtjansten', 'barnevernet', 'fylkesmannen', 'statsforvalteren', 'kommunestyret',
  'kommunfullmaktige', 'formannskapet', 'council', 'ministry', 'departementet', 'storbritannia', 'usa', 'eu', 'fn', 'un',
]);

/** Verbs that, after a capitalised sentence-initial word, make it read as a person's name ("Kari har…"). Folded. */
export const SUBJECT_VERBS: ReadonlySet<string> = new Set([
  'har', 'hadde', 'hade', 'er', 'var', 'ar', 'fikk', 'fekk', 'fick', 'ble', 'blei', 'vart', 'blev', 'blir', 'blit', 'gikk', 'gjekk',
  'gick', 'mangler', 'manglar', 'saknar', 'trenger', 'treng', 'behover', 'lider', 'lir', 'sliter', 'slit', 'kjemper', 'kjempar',
  'kampar', 'bor', 'skal', 'ska', 'ma', 'kan', 'sa', 'sier', 'seier', 'sager', 'has', 'had', 'is', 'was', 'got', 'gets', 'needs',
  'suffers', 'lives', 'will', 'must', 'said', 'says', 'told', 'fortalte', 'fortalde', 'berattade',
]);
