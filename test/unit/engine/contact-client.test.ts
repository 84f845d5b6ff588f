import { describe, expect, it } from 'vitest';
import { analyze, type Surface } from '../../../src/engine/index.ts';
import { contactClient } from '../../../src/engine/detectors/contact-client/index.ts';
import { testContext } from '../helpers/context.ts';

const ctx = testContext({ peopleFromWork: ['Ola Nordmann', 'Sara Lind'] });
const run = (text: string, surface: Surface, recipient?: string) =>
  analyze({ text, site: 'facebook', surface, ...(recipient ? { recipient } : {}) }, ctx, [contactClient]);
const triggered = (text: string, surface: Surface, recipient?: string) =>
  run(text, surface, recipient).flatMap((f) => f.spans.map(([s, e]) => text.slice(s, e)));

describe('contact_client flags work handled through a private account', () => {
  it.each<[string, Surface, string | undefined, string]>([
    ['Hei! Husk å levere leksene dine i morgen', 'dm', 'Per Hansen', 'leksene dine'],
    ['Vedtaket ditt er klart, du kan hente det på mandag', 'dm', 'Kari', 'Vedtaket ditt'],
    ['Søknaden din om støtte er mottatt 👍', 'comment', undefined, 'Søknaden din'],
    ['Hei, leksa di ligg i sekken', 'dm', 'Per', 'leksa di'],
    ['Din ansökan är beviljad, grattis!', 'comment', undefined, 'Din ansökan'],
    ['Hej! Glöm inte läxan din till fredag', 'dm', 'Elsa', 'läxan din'],
    ['See you at your appointment tomorrow at 10', 'dm', 'Tom', 'your appointment'],
    ['Sønnen din var veldig urolig i timen i dag', 'dm', 'Kari', 'Sønnen din'],
    ['Til alle foreldre i 3B: husk turdag i morgen!', 'post', undefined, 'Til alle foreldre'],
    ['Kjære foresatte! Skolen stenger kl 12 fredag.', 'post', undefined, 'Kjære foresatte'],
    ['Hej alla vårdnadshavare i 4A, utflykten är flyttad', 'comment', undefined, 'Hej alla vårdnadshavare'],
    ['Dear parents of 5C, the trip is on Friday', 'post', undefined, 'Dear parents'],
  ])('%s', (text, surface, recipient, trigger) => {
    const found = run(text, surface, recipient);
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('contact_client');
    expect(triggered(text, surface, recipient)).toContain(trigger);
  });

  it('flags a comment that names someone on the people-from-work list', () => {
    const [f] = run('Takk for i dag, Ola Nordmann!', 'comment', undefined);
    expect(f!.message).toEqual({ key: 'finding_contact_client_known_person', params: { name: 'Ola Nordmann' } });
    expect(triggered('Takk for i dag, Ola Nordmann!', 'comment', undefined)).toEqual(['Ola Nordmann']);
  });

  it('leaves an ordinary direct message to someone on the list to the learned reader (LABELS.md, decision 6)', () => {
    expect(run('Hei Ola, hvordan går det?', 'dm', 'Ola Nordmann')).toEqual([]);
    expect(run('Takk for sist!', 'dm', 'sara lind')).toEqual([]);
    // A work matter to them is still the rules' to find.
    expect(run('Hei Ola, husk leksene dine til fredag', 'dm', 'Ola Nordmann').map((f) => f.kind)).toEqual(['contact_client']);
  });
});

describe('contact_client stays quiet', () => {
  it.each<[string, Surface, string | undefined]>([
    ['Hei Ola, hvordan går det?', 'dm', 'Ola Hansen'],
    ['Sønnen din er så søt!', 'comment', undefined],
    ['Jeg sa til foreldrene mine at jeg kommer', 'post', undefined],
    ['Takk for sist! Vi må ta en pils snart 🍻', 'dm', 'Knut'],
    ['Har du sett den nye filmen?', 'dm', 'Lise'],
    ['Foreldre bør lese mer for barna sine, sier forskerne', 'post', undefined],
    ['Lykke til med søknaden!', 'comment', undefined],
    ['Your application of paint looks great', 'post', undefined],
  ])('%s', (text, surface, recipient) => expect(run(text, surface, recipient)).toEqual([]));
});
