// The confidential detector: ID numbers, case numbers and sensitive details
// tied to a person, in bokmål, nynorsk, Swedish and English.
import { describe, expect, it } from 'vitest';
import { analyze, type Draft, type Finding, FINDING_MESSAGES, type UserProfile } from '../../../src/engine/index.ts';
import { confidential } from '../../../src/engine/detectors/confidential/index.ts';
import { testContext } from '../helpers/context.ts';

function run(text: string, profile: Partial<UserProfile> = {}, draft: Partial<Draft> = {}): Finding[] {
  return analyze({ ...draft, text }, testContext(profile), [confidential]);
}
const covered = (text: string, f: Finding): string[] => f.spans.map(([a, b]) => text.slice(a, b));
const ofKey = (fs: Finding[], key: string): Finding[] => fs.filter((f) => f.message.key === key);

// Test numbers from public test suites (see shared/corpora/ids): navikt/fnrvalidator's
// fødselsnummer, D-nummer and H-nummer; Skatteverket's test personnummer and
// samordningsnummer.
const FNR = '13097248022';
const DNR = '53097248016';
const HNR = '13527248013';
const PNR = '200216-2390';
const SNR = '221171-2381';

describe('confidential: ID numbers', () => {
  it('reports a bare valid number as medium, with the type and a shape-keeping mask', () => {
    const text = `Kan du sjekke ${FNR.slice(0, 6)}-${FNR.slice(6)} i morgen?`;
    const [f, ...rest] = run(text);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ kind: 'confidential', severity: 'medium', message: { key: 'finding_confidential_id', params: { idType: 'fodselsnummer' } } });
    expect(covered(text, f!)).toEqual(['130972-48022']);
    expect(f!.fix).toEqual({ type: 'mask', span: f!.spans[0], replacement: '******-*****' });
    // Every finding carries the set's confidentiality point.
    expect(f!.points.map((p) => p.id)).toEqual(['testby-2']);
  });

  it.each([
    ['fnr', `fnr ${FNR}`],
    ['fødselsnummer (no diacritics, inflected)', `fodselsnummeret hennes er ${FNR}`],
    ['født', `født ${FNR.slice(0, 6)} ${FNR.slice(6)}`],
    ['f.', `Kari f. ${FNR}`],
    ['personnummer', `personnummer ${PNR}`],
    ['pnr', `Pnr: ${PNR}`],
    ['samordningsnummer', `hans samordningsnummer ${SNR}`],
    ['SSN', `SSN ${FNR}`],
    ['born', `born ${PNR}`],
    ['a name right before', `Ola Nordmann, ${FNR}`],
    ['a name right after', `${PNR} Anna Svensson`],
  ])('a corroborating %s makes it high', (_label, text) => {
    const fs = ofKey(run(text), 'finding_confidential_id');
    expect(fs).toHaveLength(1);
    expect(fs[0]!.severity).toBe('high');
  });

  it('a people-from-work name nearby makes it high', () => {
    const text = `Sjekk ${FNR} for Per`;
    expect(ofKey(run(text), 'finding_confidential_id')[0]!.severity).toBe('medium');
    expect(ofKey(run(text, { peopleFromWork: ['Per Hansen'] }), 'finding_confidential_id')[0]!.severity).toBe('high');
  });

  it.each([
    [DNR, 'd-nummer'],
    [HNR, 'h-nummer'],
    [PNR, 'personnummer'],
    [SNR, 'samordningsnummer'],
    ['20200216-2390', 'personnummer'],
  ])('%s is a %s', (id, type) => {
    const fs = ofKey(run(`nummer ${id}.`), 'finding_confidential_id');
    expect(fs.map((f) => f.message.params.idType)).toEqual([type]);
  });

  it('masks letters of an interim number and keeps + separators', () => {
    const text = 'Numret 000101-T220 och 221171+2381';
    const fs = ofKey(run(text), 'finding_confidential_id');
    expect(fs.map((f) => (f.fix?.type === 'mask' ? f.fix.replacement : ''))).toEqual(['******-****', '******+****']);
  });

  it('reports two numbers as two findings, in text order', () => {
    const text = `${PNR} og ${FNR}`;
    expect(ofKey(run(text), 'finding_confidential_id').map((f) => covered(text, f)[0])).toEqual([PNR, FNR]);
  });

  it.each([
    ['phone', 'Ring meg på +47 912 34 567'],
    ['date', 'Vi sees 12.03.2024'],
    ['account', 'Kontonr 1234.56.78903'],
    ['org number', 'Orgnr 974 760 673'],
    ['failed check digit', `fnr ${FNR.slice(0, 10)}3`],
  ])('%s: no finding', (_label, text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('confidential: case numbers', () => {
  it.each([
    ['saksnr 23/1234 gjelder deg', 'saksnr 23/1234', '23/1234', '**/****'],
    ['Viser til saksnummer 2023/4567.', 'saksnummer 2023/4567', '2023/4567', '****/****'],
    ['Det gjelder sak 22/981 i utvalget', 'sak 22/981', '22/981', '**/***'],
    ['Arkivsak 2021/334-7 er lukket', 'Arkivsak 2021/334-7', '2021/334-7', '****/***-*'],
    ['Dnr 2024/123 avser detta', 'Dnr 2024/123', '2024/123', '****/***'],
    ['Diarienummer: 2023-000123', 'Diarienummer: 2023-000123', '2023-000123', '****-******'],
    ['Ärendenummer KS 2023/45 är klart', 'Ärendenummer KS 2023/45', 'KS 2023/45', '****/**'],
    ['Vår j.nr. 2022/77 står øverst', 'j.nr. 2022/77', '2022/77', '****/**'],
    ['journalnr 21/3456', 'journalnr 21/3456', '21/3456', '**/****'],
    ['Regarding case no. 2023/45 today', 'case no. 2023/45', '2023/45', '****/**'],
    ['Ref. 2023/991 gjelder den gamle saken', 'Ref. 2023/991', '2023/991', '****/***'],
    ['Ärendenumret för hans anmälan är BUN 2022/14, kolla den', 'Ärendenumret för hans anmälan är BUN 2022/14', 'BUN 2022/14', '****/**'],
    ['Diarienummer 2023.4471 saknas', 'Diarienummer 2023.4471', '2023.4471', '****.****'],
  ])('%s', (text, span, caseNumber, mask) => {
    const fs = ofKey(run(text), 'finding_confidential_case');
    expect(fs).toHaveLength(1);
    const f = fs[0]!;
    expect(f.severity).toBe('medium');
    expect(covered(text, f)).toEqual([span]);
    expect(f.message.params).toEqual({ caseNumber });
    expect(f.fix?.type).toBe('mask');
    if (f.fix?.type === 'mask') {
      expect(f.fix.replacement).toBe(mask);
      expect(text.slice(f.fix.span[0], f.fix.span[1]).replace(/[0-9]/g, '*')).toBe(mask);
    }
  });

  it.each([
    'Saken er 23/1234 ganger verre',
    'Vi vant 3/4 kamper',
    'Saksnummeret kommer i posten',
    'Dnr 2024-03-12 är ett datum',
    'sak 22',
    'Det var en sak 1/2 år siden',
    'Neste sak er budsjett 2024/2025-tallene',
    'Diarienummer 12.5 procent',
    'Saksnummeret kommer. Bussen går 12/30',
  ])('no case number in: %s', (text) => {
    expect(ofKey(run(text), 'finding_confidential_case')).toEqual([]);
  });
});

describe('confidential: sensitive details tied to a person', () => {
  const positives: Array<[string, string, string, string[]]> = [
    // [language, text, category, spans that must be among the finding's]
    ['nb', 'En elev i 5B har fått diagnosen ADHD', 'health', ['En elev i 5B', 'diagnosen', 'ADHD']],
    ['nb', 'Eleven i 3. klasse har fått spesialundervisning', 'pupil_records', ['Eleven i 3. klasse', 'spesialundervisning']],
    ['nb', 'Beboeren på rom 12 har fått demensdiagnose', 'health', ['Beboeren på rom 12', 'demensdiagnose']],
    ['nb', 'Pasienten på rom 4 har kreft', 'health', ['Pasienten på rom 4', 'kreft']],
    ['nb', 'Brukeren vår får økonomisk sosialhjelp igjen', 'social_services', ['Brukeren vår', 'økonomisk sosialhjelp']],
    ['nb', 'Måtte sende bekymringsmelding om eleven min i dag', 'child_welfare', ['bekymringsmelding', 'eleven min']],
    ['nb', 'Barnevernstjenesten henta en gutt i 7C i dag', 'child_welfare', ['Barnevernstjenesten', 'en gutt i 7C']],
    ['nb', 'En 14 år gammel gutt på avdelingen er innlagt på psykiatrisk', 'health', ['En 14 år gammel gutt på avdelingen', 'psykiatrisk']],
    ['nb', 'Vi har en elev med hemmelig adresse', 'protected_address', ['Vi har en elev', 'hemmelig adresse']],
    ['nb', 'Min elev har kode 6, så ikke del bilder', 'protected_address', ['Min elev', 'kode 6']],
    ['nb', 'I dag på jobb fikk jeg vite at Kari Hansen har kreft 😢', 'health', ['Kari Hansen', 'kreft']],
    ['nb', 'Kari har ADHD. Hun går i klassen min.', 'health', ['Kari', 'ADHD']],
    ['nb', 'Eleven min faatt diagnsoen autisme', 'health', ['Eleven min', 'diagnsoen', 'autisme']],
    ['nb', '#barnevern tok eleven min i dag 😢', 'child_welfare', ['barnevern', 'eleven min']],
    ['nb', 'Etter lukket møte i dag: saken om brukeren vår er avgjort', 'closed_meeting', ['lukket møte', 'brukeren vår']],
    ['nb', 'Bak lukkede dører i kommunestyret snakket vi om en elev i 6A', 'closed_meeting', ['Bak lukkede dører', 'en elev i 6A']],
    ['nn', 'Eleven min i 4A har fått diagnosen dysleksi', 'health', ['Eleven min i 4A', 'diagnosen', 'dysleksi']],
    ['nn', 'Brukaren på bu 3 har fått ein diagnose', 'health', ['Brukaren på bu 3', 'diagnose']],
    ['nn', 'Bebuaren vår har demens og vart innlagd på sjukehuset', 'health', ['Bebuaren vår', 'demens']],
    ['nn', 'Ein gut på 14 år på avdelinga har fått sakkunnig vurdering', 'pupil_records', ['gut på 14 år på avdelinga', 'sakkunnig vurdering']],
    ['nn', 'Eg jobbar på skulen, og eleven har barnevernet inne no', 'child_welfare', ['eleven', 'barnevernet']],
    ['sv', 'En elev i klass 7A har särskilt stöd', 'pupil_records', ['En elev i klass 7A', 'särskilt stöd']],
    ['sv', 'Vi gjorde en orosanmälan om en pojke i 3B', 'child_welfare', ['orosanmälan', 'en pojke i 3B']],
    ['sv', 'Min brukare får försörjningsstöd från socialen', 'social_services', ['Min brukare', 'försörjningsstöd']],
    ['sv', 'Patienten på rum 4 har cancer', 'health', ['Patienten på rum 4', 'cancer']],
    ['sv', 'Eleven har skyddad identitet, hon går i min klass', 'protected_address', ['Eleven', 'skyddad identitet']],
    ['sv', 'Elevhälsan hade möte om en elev i 9B idag', 'pupil_records', ['Elevhälsan', 'en elev i 9B']],
    ['sv', 'Socialtjänsten har placerat en flicka i 5A', 'child_welfare', ['Socialtjänsten', 'en flicka i 5A']],
    ['en', 'A 14-year-old boy in our unit has autism', 'health', ['A 14-year-old boy in our unit', 'autism']],
    ['en', 'The patient in room 4 was diagnosed with dementia', 'health', ['The patient in room 4', 'diagnosed', 'dementia']],
    ['en', 'My pupil is now under child protection', 'child_welfare', ['My pupil', 'child protection']],
    ['en', 'Our resident has a protected address', 'protected_address', ['Our resident', 'protected address']],
    ['en', 'Discussed the girl in 5B in a closed session today', 'closed_meeting', ['the girl in 5B', 'closed session']],
    ['mixed', 'My pupil fikk diagnosen ADHD today 🙈', 'health', ['My pupil', 'diagnosen', 'ADHD']],
    // one of a group, a new client, pronouns, sentence-initial names, elliptic first person
    ['nb', 'Tung dag. En av elevene mine har fått påvist diabetes', 'health', ['En av elevene mine', 'diabetes']],
    ['en', 'One of my residents was hospitalised last night', 'health', ['One of my residents', 'hospitalised']],
    ['nb', 'Fikk ny pasient i dag: en mann på 67 med Parkinson', 'health', ['Fikk ny pasient', 'Parkinson']],
    ['nb', 'Hun i 6B med spesialundervisning får ikke timene sine', 'pupil_records', ['Hun i 6B', 'spesialundervisning']],
    ['nb', 'Jonas i 3A er midt i en barnefordelingssak', 'child_welfare', ['Jonas i 3A', 'barnefordelingssak']],
    ['en', 'Maya in my class got her dyslexia diagnosis', 'health', ['Maya in my class', 'dyslexia', 'diagnosis']],
    ['sv', 'Fick veta på jobbet att familjen på Storgatan har skyddad identitet', 'protected_address', ['familjen', 'skyddad identitet']],
    // reporting from a closed meeting
    ['nb', 'Fra lukket møte i kveld: Lise Berg blir sagt opp', 'closed_meeting', ['lukket møte', 'Lise Berg']],
    ['en', 'From the closed session: Mark Jones will be let go', 'closed_meeting', ['closed session', 'Mark Jones']],
    // an age in a small place, or a name in a public service, when the writer speaks for the service
    ['nb', 'Et tilfelle fra vår hverdag: en 79 år gammel mann på Træna med KOLS bor hjemme', 'health', ['en 79 år gammel mann på Træna', 'KOLS']],
    ['nb', 'Lille Oskar i barnehagen har fått epilepsi, så vi må ha beredskap', 'health', ['Oskar i barnehagen', 'epilepsi']],
    // a public comment answering someone's own case
    ['nb', 'Anne Lie: søknaden din om sosialhjelp er mottatt', 'social_services', ['Anne Lie', 'sosialhjelp']],
    // colloquial people, deaths and decline, restraining orders, a record owned by a name
    ['nn', 'Fyren på rom 4 på sjukeheimen har fått korona', 'health', ['Fyren på rom 4', 'korona']],
    ['en', 'The guy in room 9 passed away last night, we are all gutted', 'health', ['guy in room 9', 'passed away']],
    ['sv', 'Gubben i rum 3 har slutat äta helt', 'health', ['Gubben i rum 3', 'slutat äta']],
    ['nb', 'Faren til eleven min i 2B har fått besøksforbud', 'child_welfare', ['eleven min i 2B', 'besøksforbud']],
    ['sv', 'Kan du skriva ut Alvas åtgärdsprogram till mötet?', 'pupil_records', ['Alvas', 'åtgärdsprogram']],
    ['en', "I've updated Noah's IEP before the review", 'pupil_records', ["Noah's", 'IEP']],
  ];

  it.each(positives)('[%s] %s → %s', (_lang, text, category, spans) => {
    const fs = ofKey(run(text), 'finding_confidential_sensitive');
    const f = fs.find((x) => x.message.params.category === category);
    expect(f, JSON.stringify(fs.map((x) => x.message.params))).toBeDefined();
    expect(f!.severity).toBe('high');
    expect(f!.fix).toBeUndefined();
    const got = covered(text, f!);
    for (const s of spans) expect(got.some((g) => g.includes(s)), `${s} in ${JSON.stringify(got)}`).toBe(true);
  });

  it('a name on the people-from-work list is enough on its own', () => {
    const text = 'Ola Nordmann har fått sosialhjelp igjen';
    expect(run(text)).toEqual([]);
    const [f] = run(text, { peopleFromWork: ['Ola Nordmann'] });
    expect(f?.message.params).toEqual({ category: 'social_services' });
    expect(covered(text, f!)).toEqual(['Ola Nordmann', 'sosialhjelp']);
    // Just the first name, as people write it.
    expect(run('Ola har fått ADHD-diagnose', { peopleFromWork: ['Ola Nordmann'] })).toHaveLength(1);
  });

  it.each([
    // news, tweets, reviews, opinions
    ['nb', 'Statsministeren har kreft'],
    ['nb', 'Vi trenger flere fosterhjem i Norge'],
    ['nb', 'Kari har ADHD.'],
    ['nb', 'Øyvind har fått diagnosen på det første.'],
    ['nb', 'Barnevernet i Bergen får kritikk i ny rapport'],
    ['nb', 'Elevene får for lite spesialundervisning'],
    ['nb', 'Mange pasienter med demens bor på sykehjem'],
    ['nb', 'I 2008 er Bertelsen innlagt på Haukeland'],
    ['nb', 'Jeg har ADHD selv, og det er helt ok'],
    ['nb', 'Huset har innlagt vann og strøm'],
    ['nb', 'Kreftene i laget var sterke i dag'],
    ['nb', 'Martha Johnsen jobbet med barnevern i Bergen gjennom 50 år.'],
    ['nb', 'Norges barnevern får kritikk igjen'],
    ['sv', 'Sveriges elevhälsa behöver mer pengar'],
    ['en', 'The guy who wrote this passed away in 1990'],
    ['nb', 'Onkel Per gikk bort i fjor, vi savner ham'],
    ['nb', 'Våren 1999 tar Bertelsen kontakt med saksbehandleren i barnevernet'],
    // family talk is not work
    ['nb', 'Gutten min har fått diagnosen ADHD'],
    ['nb', 'Min mor har demens'],
    ['nb', 'Min 14 år gamle sønn har autisme'],
    ['nb', 'Vi har en gutt som har fått diagnosen autisme'],
    ['nn', 'Hu har sikkert ei diagnose'],
    ['nn', 'Kviteseid har vore vertskommune for Barnevernssamarbeidet'],
    ['sv', 'Min dotter har fått en diagnos'],
    ['sv', 'Min mamma har cancer'],
    ['sv', 'Socialtjänsten i Malmö kritiseras'],
    ['sv', 'Var femte gravid kvinna visar psykiska besvär'],
    ['en', 'The Prime Minister has cancer'],
    ['en', 'My daughter has ADHD'],
    ['en', 'We need more foster homes in Norway'],
    ['en', 'Check out My Misspent Youth, a song about depression'],
    // the sensitive word is the writer's workplace
    ['nb', 'Jeg jobber i barnevernet, og Kari er sjefen min'],
    ['sv', 'Jag jobbar på socialtjänsten sedan i fjol, hälsningar Anna'],
    ['en', 'I work in child protection with Sarah'],
    // work frame but no person
    ['nb', 'I dag på jobb snakket vi om diagnoser generelt'],
    ['en', 'At work today we discussed child protection policy'],
    // capitals-only acronyms in lower case
    ['nb', 'Eleven min sendte en ppt-fil'],
    // ages and places in news, read by the writer
    ['nb', 'En 45 år gammel mann på Lillehammer er innlagt på sykehus etter ulykken'],
    ['nb', 'Jeg leste at en 80 år gammel kvinne i Bergen har fått kreft'],
    ['nb', 'Vennen til sønnen min, Emma i barnehagen, har fått diagnosen ADHD'],
    // pronouns need their class or place right after them
    ['nb', 'Han har ikke krav på vår medlidenhet, alkoholisert som han er'],
    ['nb', 'Han scoret i anfall etter anfall'],
    // a work setting in the third person is someone else's work
    ['nb', 'Statsråd Kari Hansen var på jobb som vanlig selv om hun har kreft'],
    ['en', 'Senator Jane Smith was at work today despite her cancer'],
    // quoting others about their service
    ['nn', 'Eg håpar fleire barn får hjelp frå oss og frå barnevernet, seier Gunn Hellestad.'],
  ])('[%s] no finding: %s', (_lang, text) => {
    expect(ofKey(run(text), 'finding_confidential_sensitive')).toEqual([]);
  });

  it('in a direct message, answering the person about their own case is not a disclosure', () => {
    const text = 'Anne Lie: søknaden din om sosialhjelp er mottatt';
    expect(run(text, {}, { surface: 'comment' })).toHaveLength(1);
    expect(run(text, {}, { surface: 'dm', recipient: 'Anne Lie' })).toEqual([]);
  });

  it('the person must be near the sensitive word, not anywhere in a long text', () => {
    const filler = ' Vi snakket om mye annet den dagen, om været og om ferien som kommer.'.repeat(3);
    expect(run(`En elev i 5B var syk.${filler} Kreft er et viktig tema.`)).toEqual([]);
  });

  it('within one long sentence, the person must still be close to the sensitive word', () => {
    const far = ' og så snakket vi om været og om ferien og om alt det andre som skjedde den uka'.repeat(2);
    expect(run(`En elev i 5B kom for sent${far} og kreft var tema i naturfag`)).toEqual([]);
    expect(run(`En elev i 5B kom for sent og har kreft`)).toHaveLength(1);
  });

  it('groups several words of one category into one finding, one per category', () => {
    const text = 'Eleven min i 2C har ADHD og autisme, og barnevernet er inne';
    const fs = ofKey(run(text), 'finding_confidential_sensitive');
    expect(fs.map((f) => f.message.params.category).sort()).toEqual(['child_welfare', 'health']);
    const health = fs.find((f) => f.message.params.category === 'health')!;
    expect(covered(text, health)).toEqual(['Eleven min i 2C', 'ADHD', 'autisme']);
  });
});

describe('confidential: findings are well-formed', () => {
  const samples = [
    `fnr ${FNR}`,
    'saksnr 23/1234',
    'En elev i 5B har fått diagnosen ADHD',
    `Pasienten på rom 4 (fnr ${FNR}) har kreft, jf. saksnr 23/1234`,
  ];
  it.each(samples)('%s', (text) => {
    const fs = run(text);
    expect(fs.length).toBeGreaterThan(0);
    for (const f of fs) {
      expect(f.kind).toBe('confidential');
      expect(Object.keys(FINDING_MESSAGES)).toContain(f.message.key);
      const declared = FINDING_MESSAGES[f.message.key as keyof typeof FINDING_MESSAGES].params as readonly string[];
      expect(Object.keys(f.message.params)).toEqual([...declared]);
      for (const [a, b] of f.spans) {
        expect(0 <= a && a < b && b <= text.length).toBe(true);
      }
      if (f.fix?.type === 'mask') {
        const [a, b] = f.fix.span;
        expect(f.fix.replacement).toHaveLength(b - a);
        expect(f.fix.replacement).not.toMatch(/[0-9]/);
      }
    }
    // Findings come in text order.
    const starts = fs.map((f) => f.spans[0]![0]);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
  });

  it('the sensitive categories and ID types are the stable codes', () => {
    const fs = run(`Pasienten på rom 4 har kreft og hemmelig adresse. fnr ${FNR}`);
    for (const f of fs) {
      if (f.message.key === 'finding_confidential_sensitive') {
        expect(['health', 'child_welfare', 'social_services', 'pupil_records', 'protected_address', 'closed_meeting']).toContain(f.message.params.category);
      }
      if (f.message.key === 'finding_confidential_id') {
        expect(['fodselsnummer', 'd-nummer', 'h-nummer', 'personnummer', 'samordningsnummer']).toContain(f.message.params.idType);
      }
    }
    expect(fs).toHaveLength(3);
  });
});
