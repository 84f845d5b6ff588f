// One small icon per kind of finding, so the badge says what matters most by
// shape as well as colour (colour alone fails for many people).
import type { FindingKind } from '../../engine/types.ts';

const PATHS: Record<FindingKind, string> = {
  // A padlock: something under duty of confidentiality.
  confidential: 'M5 7V5a3 3 0 0 1 6 0v2M3.5 7h9v6.5h-9z',
  // A person: contact with pupils, parents, clients or patients.
  contact_client: 'M8 8a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM3 14c0-2.8 2.2-4.5 5-4.5s5 1.7 5 4.5',
  // An envelope: a work address on a private profile.
  work_email: 'M2 4h12v8.5H2zM2 4l6 5 6-5',
  // A speech bubble: talk about work, to be made clear as private.
  work_no_disclaimer: 'M2 3.5A1.5 1.5 0 0 1 3.5 2h9A1.5 1.5 0 0 1 14 3.5v6a1.5 1.5 0 0 1-1.5 1.5H7l-3 3v-3h-.5A1.5 1.5 0 0 1 2 9.5z',
};

export function KindIcon({ kind }: { kind: FindingKind }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" data-icon={kind}>
      <path d={PATHS[kind]} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round" />
    </svg>
  );
}
