// Ways people say they write in a private capacity. One anywhere in the draft
// satisfies the guideline, so these only need to be recognised, not placed.
import { tagged, type TermDef } from '../text/terms.ts';

export const DISCLAIMER_TERMS: readonly TermDef[] = tagged('disclaimer', [
  // any language: the word itself, also inside hashtags (#privatperson, #somprivatperson)
  'privatperson!', '*privatperson', 'privat person', 'private person', 'privat innlegg', 'privat inlägg',
  'privat inlagg', 'mitt private syn', 'private syn', 'ikke som ansatt', 'ikkje som tilsett', 'ikkje som ansatt', 'inte som anställd',
  'inte som anstalld', 'not as an employee', 'skriver dette privat', 'er private', 'meiningane mine', 'ikke arbeidsgiverens',
  'inte arbetsgivarens', 'ikkje arbeidsgjevaren sine', 'not my employers', 'egna reflektioner', 'personliga synpunkter',
  'opinions my own', 'views my own', 'not speaking on behalf', 'not speaking for', 'purely for myself', 'for myself here',
  'på egne vegne', 'pa egne vegne', 'på eigne vegner', 'pa eigne vegner', 'för egen räkning', 'for egen rakning', 'for egen regning',
  // bokmål
  'egne meninger', 'egne synspunkter', 'egne synspunkt', 'mine personlige meninger', 'personlige meninger', 'er mine egne',
  'personlig mening', 'min personlige mening', 'ikke på vegne av', 'ikke pa vegne av', 'ikke representerer', 'representerer ikke',
  'skriver privat', 'uttaler meg privat', 'ytrer meg privat', 'helt privat', 'på eget initiativ', '*egnemeninger*',
  // nynorsk
  'eigne meiningar', 'eigne synspunkt', 'er mine eigne', 'ikkje på vegner av', 'ikkje pa vegner av', 'ikkje på vegne av',
  'ikkje pa vegne av', 'skriv privat', 'uttaler meg privat', 'personleg meining', 'representerer ikkje', '*eignemeiningar*',
  // Swedish
  'egna asikter', 'är mina egna', 'ar mina egna', 'asikterna ar mina', 'personliga asikter', 'min personliga asikt',
  'inte på uppdrag av', 'inte pa uppdrag av', 'inte för arbetsgivarens', 'inte for arbetsgivarens', 'foretrader inte',
  'representerar inte', 'inte representerar', 'skriver privat',
  // English
  'own views', 'own opinions', 'views are my own', 'opinions are my own', 'are my own', 'personal capacity', 'private capacity',
  'not on behalf of', 'do not represent', 'dont represent', 'does not represent', 'doesnt represent', 'speaking for myself',
  'personal views', 'personal opinion', '*myownviews*', '*viewsmyown*',
  // "private" opinions and grounds, in all four
  'privat grunnlag', 'private meninger', 'private synspunkter', 'private meiningar', 'privata asikter', 'privata synpunkter',
  'private views', 'private opinion', 'private opinions', 'privat kapasitet', 'privat egenskap', 'egenskap av privatperson',
]);
