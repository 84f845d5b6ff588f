// People from work in direct messages (issue 10): the reminder that the
// recipient is on the user's list comes once per conversation, not with every
// message; a person marked "also a friend" gets ordinary chat without
// reminders, while a work matter is still found; the cue words shown mean
// something (never the greeting).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from '../../src/settings/settings.ts';
import { engineKinds } from './drafts.ts';
import { RECIPIENT } from './fixtures/pages.ts';
import { Harness } from './harness/extension.ts';
import { norm, type Fixture } from './harness/fixture.ts';

const PEOPLE = [RECIPIENT];
const CHAT = 'Hei, takk for sist!';
const WORK_MATTER = 'Hei! Husk å levere leksene dine i morgen';

let h: Harness;

beforeAll(async () => {
  h = await Harness.launch({ settings: { setId: 'ringebu' }, peopleFromWork: PEOPLE });
});

afterAll(async () => {
  await h?.close();
});

async function typeFresh(f: Fixture, text: string): Promise<void> {
  await f.closePanel('dm').catch(() => undefined);
  await f.clear('dm');
  await f.type('dm', text);
  await f.waitForEditorText('dm', (t) => norm(t) === norm(text), JSON.stringify(text));
}

/** No badge for the DM, after the analysis of the full text had time to arrive. */
async function expectQuiet(f: Fixture): Promise<void> {
  await f.page.waitForTimeout(800);
  await f.waitForNoBadge('dm', 2_000);
}

describe('the reminder comes once per conversation', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await h.openFixture('facebookMessages');
  });
  afterAll(async () => {
    await f?.close();
  });

  it('reminds on the first message, with no greeting marked as the cue', async () => {
    const kinds = engineKinds(CHAT, { site: 'facebook', surface: 'dm', peopleFromWork: PEOPLE });
    expect(kinds, 'the engine reminds about someone on the list').toEqual(['contact_client']);
    await typeFresh(f, CHAT);
    await f.waitForKinds('dm', kinds);
    const panel = await f.openPanel('dm');
    const marks = panel.findings.flatMap((x) => x.marks.map((m) => norm(m).toLowerCase()));
    expect(marks, 'a greeting is never the cue').not.toContain('hei');
    expect(panel.text).toContain(RECIPIENT);
  });

  it('does not remind again in the same conversation once the message was sent', async () => {
    // Sending empties the box (the badge goes with the text): the same conversation, a new message.
    await f.closePanel('dm');
    await f.clear('dm');
    await f.waitForNoBadge('dm');
    await typeFresh(f, CHAT);
    await expectQuiet(f);
  });

  it('still finds a work matter in the same conversation', async () => {
    const kinds = engineKinds(WORK_MATTER, { site: 'facebook', surface: 'dm', peopleFromWork: PEOPLE });
    expect(kinds).toContain('contact_client');
    await typeFresh(f, WORK_MATTER);
    await f.waitForKinds('dm', kinds);
  });
});

describe('"also a friend"', () => {
  let f: Fixture;
  beforeAll(async () => {
    await h.writeStorage({ [STORAGE_KEYS.alsoFriends]: PEOPLE });
    f = await h.openFixture('facebookMessages');
  });
  afterAll(async () => {
    await f?.close();
    await h.removeStorage('local', [STORAGE_KEYS.alsoFriends]);
  });

  it('keeps ordinary chat with a friend from work quiet', async () => {
    expect(engineKinds(CHAT, { site: 'facebook', surface: 'dm', peopleFromWork: PEOPLE, alsoFriends: PEOPLE })).toEqual([]);
    await typeFresh(f, CHAT);
    await expectQuiet(f);
  });

  it('still speaks up when the message handles a work matter', async () => {
    const kinds = engineKinds(WORK_MATTER, { site: 'facebook', surface: 'dm', peopleFromWork: PEOPLE, alsoFriends: PEOPLE });
    expect(kinds).toContain('contact_client');
    await typeFresh(f, WORK_MATTER);
    await f.waitForKinds('dm', kinds);
  });

  it('is marked on the options page, one checkbox per person, kept in storage.local', async () => {
    const page = await h.openExtensionPage(h.optionsPath());
    try {
      const box = page.locator(`fieldset.friends input[data-person="${RECIPIENT}"]`);
      await box.waitFor();
      expect(await box.isChecked()).toBe(true);
      await box.uncheck();
      await expect.poll(async () => (await h.readExtensionStorage()).local[STORAGE_KEYS.alsoFriends]).toEqual([]);
      const dump = await h.readExtensionStorage();
      expect(dump.sync[STORAGE_KEYS.alsoFriends], 'never in storage.sync').toBeUndefined();
    } finally {
      await page.close();
    }
  });
});

it('made no request outside the fixture hosts and the extension', () => {
  expect(h.outsideRequests()).toEqual([]);
});
