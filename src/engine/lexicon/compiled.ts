// Term lists compiled once, shared by the detectors that read them (analyze
// memoises matches per compiled list, so sharing the object shares the pass).
import { compileTerms } from '../text/terms.ts';
import { WORK_TERMS } from './work.ts';
import { CLIENT_TERMS } from './client.ts';

export const WORK = compileTerms(WORK_TERMS);
export const CLIENT = compileTerms(CLIENT_TERMS);
