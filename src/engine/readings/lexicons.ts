// The term lists more than one detector reads, compiled once: analyze matches
// each compiled list once per draft, so sharing the object shares the pass.
import { CLIENT_WORDS, SERVICE_TALK_WORDS, WORK_WORDS } from '../words/index.ts';

/** Work talk: the employer, the writer's role, services, professions, cues and the frames that exclude them. */
export const WORK = WORK_WORDS.compile('employer', 'role', 'service', 'profession_roles', 'profession_services', 'client', 'case_refs', 'cue', 'exclude');

/** Handling a client: matters, children and school words, groups greeted in their role. */
export const CLIENT = CLIENT_WORDS.compile(
  'matter', 'matter_phrase', 'child', 'schoolish', 'group_greetings', 'service_user_greetings', 'visit_greetings', 'service_user_groups',
);

/** A service being delivered in a message (read by contact_client's service-talk reading). */
export const SERVICE_TALK = SERVICE_TALK_WORDS.compile(...SERVICE_TALK_WORDS.lists.keys());
