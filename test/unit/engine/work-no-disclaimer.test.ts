import { describe, expect, it } from 'vitest';
import { analyze, type Surface } from '../../../src/engine/index.ts';
import { workNoDisclaimer } from '../../../src/engine/detectors/work-no-disclaimer/index.ts';
import { testContext } from '../helpers/context.ts';

const ctx = testContext({ workplaces: ['Fjellheim sykehjem'] });
const run = (text: string, surface: Surface = 'post') => analyze({ text, site: 'facebook', surface }, ctx, [workNoDisclaimer]);
const triggers = (text: string) => run(text).flatMap((f) => f.spans.map(([s, e]) => text.slice(s, e)));

describe('work_no_disclaimer flags work talk without a disclaimer', () => {
  it.each([
    // bokmål
    ['Kommunen har vedtatt nye kutt i hjemmetjenesten, helt uforståelig.', 'Kommunen'],
    ['Lang dag på jobb, kollegaene mine er gull ❤️', 'på jobb'],
    ['Sjefen min skjønner ikke hvor travelt vi har det', 'Sjefen min'],
    ['Vi på sykehjemmet trenger flere hender!', 'sykehjemmet'],
    ['Flott konsert med elevene i dag, vi på Bakken skole er stolte', 'elevene'],
    ['Nå har Testby kommunes politikere gjort det igjen', 'Testby kommunes'],
    ['Fjellheim sykehjem fikk besøk av ordføreren i dag', 'Fjellheim sykehjem'],
    ['Kommnen kutter igjen #budsjett', 'Kommnen'],
    ['Nei, kommunen vår sover som vanlig', 'kommunen'],
    // nynorsk
    ['Kommuna har lagt ned skulen vår, eg er så lei meg', 'Kommuna'],
    ['Eg jobbar på sjukeheimen og vi har altfor lite folk', 'sjukeheimen'],
    // Swedish
    ['Kommunen har beslutat att lägga ner förskolan, helt galet', 'Kommunen'],
    ['Äntligen fredag! Chefen bjöd på fika på jobbet', 'Chefen'],
    ['Jag jobbar på äldreboendet och vi är alldeles för få', 'äldreboendet'],
    // English
    ['The council has cut our budget again. Unbelievable.', 'The council'],
    ['As a teacher I find the new curriculum exhausting', 'As a teacher'],
    ['Great day with my colleagues at work 🎉', 'colleagues'],
    // the writer speaking as staff
    ['Som ansatt på teknisk kan jeg si at brøytinga fungerer', 'Som ansatt på'],
    ['Vi lærere fikk vite det på fredag, helt uakseptabelt', 'Vi lærere'],
    ['Vi personal fick veta det via en lapp 🙄', 'Vi personal'],
  ])('%s', (text, trigger) => {
    const found = run(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('work_no_disclaimer');
    expect(triggers(text)).toContain(trigger);
  });
});

describe('work_no_disclaimer stays quiet', () => {
  it.each([
    // a disclaimer anywhere satisfies it, in any of the four languages
    'Kommunen har vedtatt nye kutt. Jeg skriver dette som privatperson.',
    'Mine egne meninger: kommunen bør satse mer på skolen.',
    'Eg skriv som privatperson: kommuna må tenkje om att.',
    'Kommunen borde tänka om. Jag skriver som privatperson och åsikterna är mina egna.',
    'The council should rethink this. My own views, not my employer’s.',
    '#privatperson Kommunen kutter igjen',
    'Skrevet på privat grunnlag: kommunen bør rydde i parkeringa.',
    'Detta är mina privata åsikter: kommunen borde satsa på fritids.',
    'Private views only, but the council got this one wrong.',
    // ordinary words in a non-work sense
    'Jobbet med hagen hele helgen 🌷',
    'Skolen jeg gikk på er revet nå, trist.',
    'Barnehagen til sønnen min stenger kl 16, umulig å rekke.',
    'Skolen var stengt i dag pga snø',
    'Deilig tur i fjellet med familien ⛰️',
    'Jobben med å male huset tok hele sommeren',
    'Vi var på tur til Ringebu i helgen',
    'Barnen har lov imorgon, vi ska till farmor',
    // a class named with a parent frame in the same sentence is the writer's child's
    'Sønnen min har så mye lekser i 5. klasse at vi sitter til åtte hver kveld.',
  ])('%s', (text) => expect(run(text)).toEqual([]));

  it('is not about direct messages, which are not public statements', () => {
    expect(run('Kommunen har vedtatt nye kutt', 'dm')).toEqual([]);
  });
});

describe('the disclaimer fix', () => {
  it('inserts the set’s disclaimer in the draft’s language', () => {
    const [f] = run('Kommunen har vedtatt nye kutt igjen, jeg er så lei');
    expect(f!.fix).toEqual({ type: 'insert', text: 'Jeg skriver dette som privatperson.', position: 'end', lang: 'nb' });
  });
  it('prefers the user’s own disclaimer', () => {
    const own = testContext({ disclaimers: { en: 'Views mine, not my employer’s.' } });
    const [f] = analyze({ text: 'The council cut the budget again', surface: 'post' }, own, [workNoDisclaimer]);
    expect(f!.fix).toMatchObject({ text: 'Views mine, not my employer’s.', lang: 'en' });
  });
  it('carries the points of the selected set, and says none when the set has none', () => {
    const [f] = run('Kommunen kutter igjen');
    expect(f!.points.map((p) => p.id)).toEqual(['testby-1']);
    const bare = testContext({}, { ...ctx.set, points: ctx.set.points.filter((p) => !p.kinds.includes('work_no_disclaimer')) });
    const [g] = analyze({ text: 'Kommunen kutter igjen', surface: 'post' }, bare, [workNoDisclaimer]);
    expect(g!.points).toEqual([]);
  });
});
