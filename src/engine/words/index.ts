// Every word file, loaded once and checked when the engine starts. A fault in
// the data stops the engine at load with the file, list and entry named, so
// a broken list never ships: the unit tests load this module first.
import { loadWords, type WordBook } from './load.ts';
import work from './work.json';
import client from './client.json';
import serviceTalk from './service-talk.json';
import disclaimer from './disclaimer.json';
import confidential from './confidential.json';
import grammar from './grammar.json';
import places from './places.json';
import classes from './classes.json';
import language from './language.json';

export const WORK_WORDS: WordBook = loadWords('work.json', work);
export const CLIENT_WORDS: WordBook = loadWords('client.json', client);
export const SERVICE_TALK_WORDS: WordBook = loadWords('service-talk.json', serviceTalk);
export const DISCLAIMER_WORDS: WordBook = loadWords('disclaimer.json', disclaimer);
export const CONFIDENTIAL_WORDS: WordBook = loadWords('confidential.json', confidential);
export const GRAMMAR: WordBook = loadWords('grammar.json', grammar);
export const PLACE_NAME_WORDS: WordBook = loadWords('places.json', places);
export const SCHOOL_CLASS_WORDS: WordBook = loadWords('classes.json', classes);
export const LANGUAGE_WORDS: WordBook = loadWords('language.json', language);

/** All books, for the tests and the size figures. */
export const WORD_BOOKS: readonly WordBook[] = [
  WORK_WORDS, CLIENT_WORDS, SERVICE_TALK_WORDS, DISCLAIMER_WORDS, CONFIDENTIAL_WORDS, GRAMMAR, PLACE_NAME_WORDS, SCHOOL_CLASS_WORDS, LANGUAGE_WORDS,
];
