// contact_client's newer readings: a service delivered in a message (a case
// said to "you", a reminder of a test or medicine, a moved appointment, a
// relative's day in care, the service's own voice) and groups addressed in a
// heading. Each with its near miss that must stay quiet.
import { describe, expect, it } from 'vitest';
import { analyze, type Surface } from '../../../src/engine/index.ts';
import { contactClient } from '../../../src/engine/detectors/contact-client/index.ts';
import { testContext } from '../helpers/context.ts';

const ctx = testContext();
const triggers = (text: string, surface: Surface) =>
  analyze({ text, site: 'facebook', surface }, ctx, [contactClient]).flatMap((f) => f.spans.map(([s, e]) => text.slice(s, e)));

describe('a service delivered in a direct message or comment', () => {
  it.each<[string, string, Surface, string[]]>([
    ['nb: a case to "you"', 'Du kan sende inn klagen innen fredag, så tar vi den i neste møte.', 'dm', ['klagen']],
    ['nn: a benefit to "you"', 'Bustøtta er ikkje klar enno, men du får svar om startlånet neste veke.', 'comment', ['startlånet']],
    ['sv: a benefit to "you"', 'Du får besked om bostadsbidraget på torsdag.', 'dm', ['bostadsbidraget']],
    ['en: a caseworker to "you"', 'Your caseworker will call you on Monday about the housing benefit.', 'dm', ['caseworker', 'housing benefit']],
    ['nb: a reminder of a test', 'Hei Sander! Husk engelskprøven på torsdag 📚', 'dm', ['Husk', 'engelskprøven']],
    ['nn: a reminder of a medicine', 'Hugs tablettane før du et i kveld.', 'dm', ['Hugs', 'tablettane']],
    ['sv: a reminder of a test', 'Glöm inte matteprovet på måndag!', 'dm', ['Glöm inte', 'matteprovet']],
    ['en: a reminder of an assignment', "Don't forget the history essay is due Friday", 'comment', ['Don', 'essay']],
    ['nb: a moved home visit', 'Jeg må flytte hjemmebesøket ditt til onsdag, går det?', 'dm', ['hjemmebesøket', 'flytte']],
    ['sv: a moved appointment', 'Din tid hos arbetsterapeuten är flyttad till tisdag.', 'comment', ['tid', 'flyttad']],
    ['en: a moved appointment', "The physio has moved your appointment to Thursday.", 'dm', ['appointment', 'moved']],
    ['nb: a relative in care', 'Faren din sov godt i natt og spiste hele frokosten.', 'dm', ['Faren din', 'sov']],
    ['en: a relative in care', 'Your dad enjoyed his walk today and had all of his dinner.', 'dm', ['Your dad', 'walk']],
    ['nn: the service voice', 'Eg kjem innom i morgon og ser til deg.', 'dm', ['Eg kjem innom']],
    ['en: the service voice', "Leave it with me, I'll chase up the form.", 'comment', ['Leave it with me', "I'll chase up"]],
    ['nb: a child\'s day seen by staff', 'Hei! Maja sov lenge i dag, og hun var glad etter frilek i barnehagen 😊', 'dm', ['sov', 'frilek']],
    ['sv: a child\'s day seen by staff', 'Hej! Liam lekte ute hela förmiddagen idag på förskolan.', 'dm', ['lekte', 'förskolan']],
    ['en: a child\'s day seen by staff', 'Ava cried a little at drop-off but played all morning, see you at pick-up!', 'dm', ['cried', 'pick']],
  ])('%s', (_label, text, surface, want) => {
    const got = triggers(text, surface);
    for (const w of want) expect(got.join(' | ')).toContain(w);
  });

  it.each<[string, string, Surface]>([
    ['a friend complaining', 'Du klager alltid på været, det er jo bare litt regn!', 'dm'],
    ['"åt" is not "at"', 'Sa du at kona di ville komme?', 'dm'],
    ['a test talked about, not a reminder', 'Prøven gikk fint i dag, takk for hjelpa med matten.', 'dm'],
    ['a reminder of something private', 'Husk å kjøpe melk på vei hjem!', 'dm'],
    ['a move without anyone addressed', 'Vi flytta for lang tid siden.', 'dm'],
    ['your mum at a party', 'Your mum looked amazing at the party!', 'dm'],
    ['a post, not a message', 'Husk engelskprøven på torsdag, alle sammen! Lykke til 🍀', 'post'],
    ['a parent about their own child', 'Sønnen min sov godt i barnehagen i dag 😴', 'dm'],
    ['a child\'s day in a public comment', 'Maja sov lenge i barnehagen i dag, så søt!', 'comment'],
    ['sent to the official channel', 'Du kan klage på avslaget, men send klagen til postmottak, ikke til meg på Messenger.', 'dm'],
  ])('stays quiet: %s', (_label, text, surface) => {
    expect(triggers(text, surface)).toEqual([]);
  });
});

describe('groups addressed in a heading', () => {
  it.each<[string, string]>([
    ['2A-foreldre: husk lappen til turen!', '2A-foreldre'],
    ['Year 4 families – swimming starts on Tuesday.', 'Year 4 families'],
    ['Föräldrar till barnen på avdelning Myran: utflykt på fredag.', 'Föräldrar'],
    ['Påminnelse till alla i 9B: provet är på tisdag.', 'Påminnelse till alla i 9B'],
    ['Til alle som går på dagsenteret: vi har stengt fredag.', 'Til alle som går på dagsenteret'],
  ])('%s', (text, want) => {
    expect(triggers(text, 'post')).toEqual([want]);
  });

  it.each([
    'Foreldre er rare, men vi elsker dem.',
    'Föräldrar i allmänhet borde sova mer.',
    'Til alle foreldre på G12: kamp på lørdag!',
    'Till alla föräldrar i P12: match på lördag.',
    'Til foreldre på laget: husk skiftetøy og drikkeflaske.',
  ])('stays quiet: %s', (text) => {
    expect(triggers(text, 'post')).toEqual([]);
  });
});

describe('the message quotes a reading as one phrase', () => {
  it.each<[string, string]>([
    ['Hei Sander! Husk engelskprøven på torsdag 📚', 'Husk engelskprøven'],
    ['Jeg må flytte hjemmebesøket ditt til onsdag, går det?', 'flytte hjemmebesøket'],
    ['Faren din sov godt i natt og spiste hele frokosten.', 'Faren din sov'],
    ['Du får besked om bostadsbidraget på torsdag.', 'bostadsbidraget'],
  ])('%s → “%s”', (text, trigger) => {
    const [f] = analyze({ text, site: 'facebook', surface: 'dm' }, ctx, [contactClient]);
    expect(f?.message).toEqual({ key: 'finding_contact_client_work_matter', params: { trigger } });
  });
});
