// The browser sees what the command-line checker sees: drafts of the blind
// set (written by someone who saw neither the code nor the training data),
// typed into the real editors, must show the badge kinds `npm run check --
// --jsonl` gives for the same draft, site, surface, recipient and settings.
// This covers the learned reader in the worker as well as the rules.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageKey } from './fixtures/pages.ts';
import { RECIPIENT } from './fixtures/pages.ts';
import type { Site } from '../../src/engine/vocabulary.ts';
import { findBuiltinSet } from '../../src/guidelines/index.ts';
import { Harness } from './harness/extension.ts';
import { norm, type Fixture } from './harness/fixture.ts';
import { ROOT } from './harness/paths.ts';

interface BlindDraft {
  id: string;
  text: string;
  site: Site;
  surface: 'post' | 'comment' | 'dm';
  set: string;
  recipient?: string;
  workplaces?: string[];
  peopleFromWork?: string[];
}

/** Where each site's surfaces live among the fixtures (page, editor). */
const EDITORS: Record<BlindDraft['site'], Record<BlindDraft['surface'], [PageKey, string]>> = {
  facebook: { post: ['facebookFeed', 'post'], comment: ['facebookFeed', 'comment'], dm: ['facebookMessages', 'dm'] },
  instagram: { post: ['instagramPost', 'post'], comment: ['instagramPost', 'comment'], dm: ['instagramDirect', 'dm'] },
  linkedin: { post: ['linkedinFeed', 'post'], comment: ['linkedinFeed', 'comment'], dm: ['linkedinMessaging', 'dm'] },
};

const BLIND_DIR = join(ROOT, 'test/corpus/blind');
/** Drafts per site and surface: enough to cover each editor, short enough to type quickly. */
const PER_EDITOR = 3;
const MAX_CHARS = 320;

function blindDrafts(): BlindDraft[] {
  if (!existsSync(BLIND_DIR)) return [];
  const all = readdirSync(BLIND_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readFileSync(join(BLIND_DIR, f), 'utf8').split('\n').filter((l) => l.trim() !== ''))
    .map((l) => JSON.parse(l) as BlindDraft)
    // One line each: a line break is a different key press in each editor, not what is compared here.
    .filter((d) => d.text.length <= MAX_CHARS && !d.text.includes('\n'));
  const picked: BlindDraft[] = [];
  for (const site of Object.keys(EDITORS) as BlindDraft['site'][]) {
    for (const surface of ['post', 'comment', 'dm'] as const) {
      picked.push(...all.filter((d) => d.site === site && d.surface === surface).slice(0, PER_EDITOR));
    }
  }
  return picked;
}

/**
 * The draft as the page presents it: a DM goes to the person the fixture's
 * header names, so a recipient on the people-from-work list is that person.
 */
function asOnPage(d: BlindDraft): BlindDraft {
  if (d.surface !== 'dm') return { ...d, recipient: undefined };
  const people = (d.peopleFromWork ?? []).map((p) => (p === d.recipient ? RECIPIENT : p));
  return { ...d, recipient: RECIPIENT, peopleFromWork: people };
}

interface CliFinding {
  kind: string;
  spans: [number, number][];
  source?: string;
}

/** What the CLI finds for each draft, in one run. */
function cliFindings(drafts: readonly BlindDraft[]): Map<string, CliFinding[]> {
  const input = drafts
    .map((d) => JSON.stringify({ id: d.id, text: d.text, site: d.site, surface: d.surface, set: d.set, recipient: d.recipient, workplaces: d.workplaces ?? [], peopleFromWork: d.peopleFromWork ?? [] }))
    .join('\n');
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check.ts', '--jsonl'], { cwd: ROOT, input, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`npm run check failed: ${run.stderr}`);
  const out = new Map<string, CliFinding[]>();
  for (const line of run.stdout.trim().split('\n')) {
    const r = JSON.parse(line) as { id: string; findings?: CliFinding[]; error?: string };
    if (r.error) throw new Error(`${r.id}: ${r.error}`);
    out.set(r.id, r.findings ?? []);
  }
  return out;
}

const kindsOf = (findings: readonly CliFinding[]): string[] => [...new Set(findings.map((f) => f.kind))].sort();

const drafts = blindDrafts().map(asOnPage);

describe.skipIf(drafts.length === 0)('browser and CLI agree on blind drafts', () => {
  let h: Harness;
  let expected: Map<string, CliFinding[]>;
  const pages = new Map<PageKey, Fixture>();

  beforeAll(async () => {
    expected = cliFindings(drafts);
    h = await Harness.launch({ settings: { setId: 'ringebu' } });
  });

  afterAll(async () => {
    await h?.close();
  });

  it('covers every site and surface, and drafts with and without findings', () => {
    expect(new Set(drafts.map((d) => `${d.site}/${d.surface}`)).size).toBe(9);
    const kinds = [...expected.values()].map(kindsOf);
    expect(kinds.some((k) => k.length === 0)).toBe(true);
    expect(kinds.some((k) => k.length > 0)).toBe(true);
  });

  for (const d of drafts) {
    it(`${d.id} (${d.site} ${d.surface}, ${d.set})`, async () => {
      const [pageKey, editor] = EDITORS[d.site][d.surface];
      await h.setSettings({ setId: d.set, workplaces: d.workplaces ?? [] });
      await h.setPeopleFromWork(d.peopleFromWork ?? []);
      let f = pages.get(pageKey);
      if (f !== undefined && d.surface === 'dm') {
        // Each DM starts its own conversation, as the CLI sees one draft at a time: the
        // people-from-work reminder comes once per conversation (a page keeps that in memory).
        await f.close();
        pages.delete(pageKey);
        f = undefined;
      }
      if (f === undefined) {
        f = await h.openFixture(pageKey);
        pages.set(pageKey, f);
      }
      await f.closePanel(editor);
      await f.clear(editor);
      await f.waitForNoBadge(editor);
      await f.type(editor, d.text);
      await f.waitForEditorText(editor, (t) => norm(t) === norm(d.text), 'the typed draft');
      const want = kindsOf(expected.get(d.id) ?? []);
      if (want.length === 0) {
        // The whole draft is in the editor's state; give the debounced analysis its time, then expect no badge.
        await f.page.waitForTimeout(400);
        await f.waitForNoBadge(editor);
      } else {
        const badge = await f.waitForKinds(editor, want);
        expect(badge.kinds.sort()).toEqual(want);
        // A finding of the learned reader shows like a rule's: its cue words marked, its guideline point quoted.
        for (const learned of (expected.get(d.id) ?? []).filter((x) => x.source === 'learned')) {
          const cues = learned.spans.map(([a, b]) => d.text.slice(a, b));
          const card = await f.waitForPanelFinding(editor, learned.kind, cues);
          // Quoted when the set has a point on the kind; a set without one says so and borrows none.
          const hasPoint = findBuiltinSet(d.set)?.points.some((p) => (p.kinds as readonly string[]).includes(learned.kind)) ?? false;
          if (hasPoint) expect(card.quotes.length, 'the card quotes a guideline point').toBeGreaterThan(0);
          else expect(card.quotes, `${d.set} has no point on ${learned.kind}: no quote`).toEqual([]);
        }
        await f.closePanel(editor);
      }
    });
  }

  it('saw at least one finding of the learned reader among these drafts', () => {
    expect([...expected.values()].some((findings) => findings.some((x) => x.source === 'learned'))).toBe(true);
  });
});
