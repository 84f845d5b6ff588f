// work_email: the employer's e-mail address given as contact on a private
// profile (Ringebu 2.4: "Husk å ikke benytte e-postadressen til Ringebu
// kommune, som kontaktinformasjon til dine private profiler").
import type { Detector, DetectorInput } from '../../detector.ts';
import type { RawFinding } from '../../types.ts';
import { findEmailAddresses } from '../../text/email.ts';

function isEmployerDomain(domain: string, employerDomains: readonly string[]): boolean {
  return employerDomains.some((d) => {
    const dd = d.toLowerCase();
    return domain === dd || domain.endsWith(`.${dd}`);
  });
}

export const workEmail: Detector = {
  kind: 'work_email',
  description: 'Gives the employer’s e-mail address as contact information on a private account.',
  lexicons: [],
  detect({ draft, ctx }: DetectorInput): RawFinding[] {
    // Not in direct messages: pointing a work matter to the work address there
    // is what the guidelines ask for. Sets without a point on this still get the
    // finding; the panel then says the set has no point rather than borrow one.
    if (draft.surface === 'dm') return [];
    const addresses = findEmailAddresses(draft.text).filter((a) => isEmployerDomain(a.domain, ctx.set.employer.emailDomains));
    if (addresses.length === 0) return [];
    return [
      {
        kind: 'work_email',
        severity: 'low',
        spans: addresses.map((a) => [a.start, a.end] as const),
        message: { key: 'finding_work_email', params: { address: draft.text.slice(addresses[0]!.start, addresses[0]!.end) } },
      },
    ];
  },
};
