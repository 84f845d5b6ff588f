import type { Detector } from '../detector.ts';
import { workNoDisclaimer } from './work-no-disclaimer.ts';
import { confidential } from './confidential.ts';
import { contactClient } from './contact-client.ts';
import { workEmail } from './work-email.ts';

/** The detectors `analyze` runs, in the order their findings are listed. */
export const DETECTORS: readonly Detector[] = [workNoDisclaimer, confidential, contactClient, workEmail];
