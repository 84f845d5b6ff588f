import type { Detector } from '../detector.ts';
import { workNoDisclaimer } from './work-no-disclaimer/index.ts';
import { confidential } from './confidential/index.ts';
import { contactClient } from './contact-client/index.ts';
import { workEmail } from './work-email/index.ts';

/** The detectors `analyze` runs, in the order their findings are listed. */
export const DETECTORS: readonly Detector[] = [workNoDisclaimer, confidential, contactClient, workEmail];
