// The command-line checker: `npm run check -- --set ringebu "tekst"`.
// Runs the same engine as the extension, straight from the TypeScript source.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { analyze, DETECTORS, isLang, isSite, isSurface, LANGS, SITES, SURFACES, type GuidelineSet } from '../engine/index.ts';
import { BUILTIN_SETS, DEFAULT_SET_ID, findBuiltinSet } from '../guidelines/index.ts';
import { parseSetText, resolveGuidelineSet } from '../guidelines/catalogue.ts';
import { formatValidationErrors, MAX_SET_BYTES } from '../guidelines/schema.ts';
import { formatFindings } from './format.ts';
import { processLine } from './jsonl.ts';
import { langFromEnv } from './strings.ts';

const USAGE = `Usage:
  npm run check -- [--set ID | --set-file FILE] [options] "draft text"
  npm run --silent check -- --jsonl [--set ID | --set-file FILE] < drafts.jsonl
  npm run check -- --validate-set FILE
  npm run check -- --list-sets
  npm run check -- --list-rules

Options:
  --set ID             guideline set (default ${DEFAULT_SET_ID}); see --list-sets
  --set-file FILE      use a guideline set from a JSON file instead
  --site NAME          ${SITES.join(' | ')}
  --surface NAME       ${SURFACES.join(' | ')} (default post)
  --recipient NAME     the other party of a direct message
  --workplace NAME     one of your workplaces (repeatable)
  --person NAME        someone you know from work (repeatable)
  --friend NAME        one of them who is also a friend: ordinary chat with them stays quiet (repeatable)
  --lang LANG          ${LANGS.join(' | ')}: the language of the findings (default from
                       LC_ALL, LC_MESSAGES or LANG, e.g. nb_NO.UTF-8 gives nb; else en)
  --json               print the findings as JSON
  --jsonl              read JSON Lines drafts on stdin, write one result line each
  --validate-set FILE  check a guideline set file: exit 0 if valid, 1 with the errors
  --list-sets          list the built-in guideline sets
  --list-rules         list the rules: each finding kind and what it looks for`;

type Exit = 0 | 1 | 2;

/** "a, b or c". */
function orList(list: readonly string[]): string {
  return list.length < 2 ? list.join('') : `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
}

function fail(message: string, code: Exit = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function knownSets(): string {
  return BUILTIN_SETS.map((s) => `  ${s.id.padEnd(10)} ${s.name}`).join('\n');
}

function rules(): string {
  return DETECTORS.map((d) => `  ${d.kind.padEnd(20)} ${d.description}`).join('\n');
}

function loadSetFile(file: string): { set?: GuidelineSet; error?: string } {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    return { error: `cannot read ${file}: ${(e as Error).message}` };
  }
  // Any id is checked here, a built-in set's too: an author may be editing a copy of one.
  const parsed = parseSetText(raw);
  if (parsed.ok) return { set: parsed.set };
  switch (parsed.problem.kind) {
    case 'too_large':
      return { error: `${file}: larger than ${MAX_SET_BYTES} bytes` };
    case 'empty':
      return { error: `${file}: empty` };
    case 'not_json':
      return { error: `${file}: not valid JSON: ${parsed.problem.message}` };
    default:
      return { error: `${file} is not a valid guideline set:\n${formatValidationErrors(parsed.errors)}` };
  }
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        set: { type: 'string' },
        'set-file': { type: 'string' },
        site: { type: 'string' },
        surface: { type: 'string' },
        recipient: { type: 'string' },
        workplace: { type: 'string', multiple: true },
        person: { type: 'string', multiple: true },
        friend: { type: 'string', multiple: true },
        lang: { type: 'string' },
        json: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        'validate-set': { type: 'string' },
        'list-sets': { type: 'boolean' },
        'list-rules': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    fail(`${(e as Error).message}\n\n${USAGE}`);
  }
  const { values: opts, positionals } = parsed;

  if (opts.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (opts['list-sets']) {
    process.stdout.write(`${knownSets()}\n`);
    return;
  }
  if (opts['list-rules']) {
    process.stdout.write(`${rules()}\n`);
    return;
  }
  if (opts['validate-set'] !== undefined) {
    const { set, error } = loadSetFile(opts['validate-set']);
    if (error !== undefined) fail(error, 1);
    process.stdout.write(`${opts['validate-set']}: valid guideline set "${set!.id}" (${set!.name}), ${set!.points.length} points\n`);
    return;
  }

  // Imported sets may be named by id in JSON Lines records too.
  let defaultSet: GuidelineSet;
  let imported: GuidelineSet | undefined;
  if (opts['set-file'] !== undefined) {
    const { set, error } = loadSetFile(opts['set-file']);
    if (error !== undefined) fail(error, 2);
    imported = set!;
    defaultSet = imported;
  } else {
    const id = opts.set ?? DEFAULT_SET_ID;
    const found = findBuiltinSet(id);
    if (!found) fail(`Unknown guideline set "${id}". Known sets:\n${knownSets()}`, 2);
    defaultSet = found;
  }
  const lookup = (id: string): GuidelineSet | undefined => resolveGuidelineSet(id, imported === undefined ? [] : [imported]);

  if (opts.jsonl) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      if (line.trim() === '') continue;
      process.stdout.write(`${JSON.stringify(processLine(line, defaultSet, lookup))}\n`);
    }
    return;
  }

  const text = positionals.length > 0 ? positionals.join(' ') : readFileSync(0, 'utf8');
  if (opts.site !== undefined && !isSite(opts.site)) fail(`--site must be ${orList(SITES)}`);
  if (opts.surface !== undefined && !isSurface(opts.surface)) fail(`--surface must be ${orList(SURFACES)}`);
  if (opts.lang !== undefined && !isLang(opts.lang)) fail(`--lang must be ${orList(LANGS)}`);
  const lang = opts.lang !== undefined && isLang(opts.lang) ? opts.lang : langFromEnv(process.env);
  const findings = analyze(
    {
      text,
      site: isSite(opts.site) ? opts.site : 'facebook',
      surface: isSurface(opts.surface) ? opts.surface : 'post',
      ...(opts.recipient !== undefined ? { recipient: opts.recipient } : {}),
    },
    { set: defaultSet, profile: { workplaces: opts.workplace ?? [], peopleFromWork: opts.person ?? [], alsoFriends: opts.friend ?? [], disclaimers: {} } },
  );
  process.stdout.write(opts.json ? `${JSON.stringify(findings, null, 2)}\n` : `${formatFindings(text, findings, defaultSet, lang)}\n`);
}

main().catch((e: unknown) => fail(`varsom check: ${(e as Error).stack ?? String(e)}`, 2));
