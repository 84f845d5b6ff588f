// One JSON Lines record in, one out: the contract policy authors and peer
// test harnesses use (`npm run --silent check -- --jsonl`).
import { type AnalysisContext, analyze, type Draft, type GuidelineSet, type Site, SITES, type Surface, SURFACES } from '../engine/index.ts';

export type SetLookup = (id: string) => GuidelineSet | undefined;

export interface JsonlOutput {
  id: unknown;
  findings?: { kind: string; points: string[]; spans: [number, number][] }[];
  error?: string;
}


function stringList(value: unknown, field: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new Error(`"${field}" must be an array of strings`);
  return value;
}

/** Parse and analyse one line. Never throws: a bad line yields an error record. */
export function processLine(line: string, defaultSet: GuidelineSet, lookup: SetLookup): JsonlOutput {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (e) {
    return { id: null, error: `not valid JSON: ${(e as Error).message}` };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return { id: null, error: 'a line must be a JSON object' };
  const r = record as Record<string, unknown>;
  const id = r.id ?? null;
  try {
    if (typeof r.text !== 'string') throw new Error('"text" is missing or not a string');
    let set = defaultSet;
    if (r.set !== undefined) {
      if (typeof r.set !== 'string') throw new Error('"set" must be a string');
      const found = lookup(r.set);
      if (!found) throw new Error(`unknown set "${r.set}"`);
      set = found;
    }
    const draft: Draft = { text: r.text };
    if (r.site !== undefined) {
      if (!SITES.includes(r.site as Site)) throw new Error(`"site" must be one of ${SITES.join(', ')}`);
      draft.site = r.site as Site;
    }
    if (r.surface !== undefined) {
      if (!SURFACES.includes(r.surface as Surface)) throw new Error(`"surface" must be one of ${SURFACES.join(', ')}`);
      draft.surface = r.surface as Surface;
    }
    if (r.recipient !== undefined && r.recipient !== null) {
      if (typeof r.recipient !== 'string') throw new Error('"recipient" must be a string');
      draft.recipient = r.recipient;
    }
    const ctx: AnalysisContext = {
      set,
      profile: {
        workplaces: stringList(r.workplaces, 'workplaces'),
        peopleFromWork: stringList(r.peopleFromWork, 'peopleFromWork'),
        alsoFriends: stringList(r.alsoFriends, 'alsoFriends'),
        disclaimers: {},
      },
    };
    const findings = analyze(draft, ctx).map((f) => ({
      kind: f.kind,
      points: f.points.map((p) => p.id),
      spans: f.spans.map(([s, e]) => [s, e] as [number, number]),
      ...(f.source ? { source: f.source } : {}),
    }));
    return { id, findings };
  } catch (e) {
    return { id, error: (e as Error).message };
  }
}
