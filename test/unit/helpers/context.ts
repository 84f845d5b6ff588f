// A small guideline set for unit tests, so detector tests do not depend on the
// wording of the real sets (those have their own tests).
import type { AnalysisContext, GuidelineSet, UserProfile } from '../../../src/engine/index.ts';

export const TEST_SET: GuidelineSet = {
  schemaVersion: 1,
  id: 'testby',
  name: 'Testby kommune',
  country: 'NO',
  language: 'nb',
  source: { title: 'Test guideline' },
  employer: { names: ['Testby kommune'], emailDomains: ['testby.kommune.no'] },
  points: [
    { id: 'testby-1', number: '1', text: 'Presiser at du ytrer deg som privatperson.', kinds: ['work_no_disclaimer'] },
    { id: 'testby-2', number: '2', text: 'Husk taushetsplikten.', kinds: ['confidential'] },
    { id: 'testby-3', number: '3', text: 'Tenk gjennom kontakt med elever og brukere.', kinds: ['contact_client'] },
    { id: 'testby-4', number: '4', text: 'Ikke bruk jobbadressen privat.', kinds: ['work_email'] },
  ],
  checklist: ['testby-1', 'testby-2', 'testby-3', 'testby-4'],
  disclaimers: { nb: 'Jeg skriver dette som privatperson.', en: 'I write this as a private person.' },
};

export function testContext(profile: Partial<UserProfile> = {}, set: GuidelineSet = TEST_SET): AnalysisContext {
  return {
    set,
    profile: { workplaces: [], peopleFromWork: [], disclaimers: {}, ...profile },
  };
}
