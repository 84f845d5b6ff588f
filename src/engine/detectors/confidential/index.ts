// confidential: duty-of-confidentiality details in a draft — person ID
// numbers, case/archive numbers, and sensitive details (health, child welfare,
// social services, pupil records, protected addresses, closed meetings) tied
// to a person the writer knows from work. Its parts are the modules beside this one.
import type { Detector, DetectorInput } from '../../detector.ts';
import type { RawFinding } from '../../types.ts';
import { idFindings } from './id-findings.ts';
import { caseFindings } from './case-findings.ts';
import { sensitiveFindings } from './sensitive-findings.ts';
import { CASE_KEYWORDS, CUES, FAMILY, ID_CUES, SENSITIVE } from './words.ts';

export const confidential: Detector = {
  kind: 'confidential',
  description:
    'Flags person ID numbers (fødselsnummer, D-/H-nummer, personnummer, samordningsnummer), case numbers, and health, child-welfare, social-services, pupil, protected-address or closed-meeting details about someone the writer knows from work.',
  lexicons: [ID_CUES, CASE_KEYWORDS, SENSITIVE, CUES, FAMILY],
  detect(input: DetectorInput): RawFinding[] {
    const findings = [...idFindings(input), ...caseFindings(input), ...sensitiveFindings(input)];
    // In text order, so the UI lists them as the user reads.
    return findings.sort((a, b) => (a.spans[0]?.[0] ?? 0) - (b.spans[0]?.[0] ?? 0));
  },
};
