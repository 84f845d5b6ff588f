import type { Detector } from '../detector.ts';

/** The detectors `analyze` runs, in the order their findings are listed. */
export const DETECTORS: readonly Detector[] = [];
