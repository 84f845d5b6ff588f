// The four locale files: complete, consistent placeholders, valid for Chrome;
// and the i18n helpers (format, resolveUiLanguage, translate).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const i18nFake = vi.hoisted(() => ({
  /** The messages file the fake browser "serves". */
  served: 'nb',
  uiLanguage: 'nb',
  getMessage: vi.fn<(key: string, subs?: string | string[]) => string>(),
}));
vi.mock('webextension-polyfill', () => ({
  default: {
    i18n: {
      getMessage: i18nFake.getMessage,
      getUILanguage: () => i18nFake.uiLanguage,
    },
  },
}));

import { FINDING_KINDS, FINDING_MESSAGES, type Lang } from '../../../src/engine/index.ts';
import { format, messagesFor, resolveUiLanguage, translate, type MessageEntry } from '../../../src/i18n/index.ts';
import { findingMessage } from '../../../src/content/nudge/translate.ts';

const LOCALES_DIR = join(__dirname, '../../../public/_locales');
const LANGS: Lang[] = ['en', 'nb', 'nn', 'sv'];

function readLocale(lang: string): Record<string, MessageEntry> {
  return JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'messages.json'), 'utf8')) as Record<string, MessageEntry>;
}
const files = Object.fromEntries(LANGS.map((l) => [l, readLocale(l)])) as Record<Lang, Record<string, MessageEntry>>;
const allKeys = [...new Set(LANGS.flatMap((l) => Object.keys(files[l])))].sort();

/** Named placeholders as a comparable string: name=content, sorted. */
function placeholderSignature(entry: MessageEntry | undefined): string {
  return Object.entries(entry?.placeholders ?? {})
    .map(([name, p]) => `${name.toLowerCase()}=${p.content}`)
    .sort()
    .join(' ');
}

describe('locale folders', () => {
  it('are exactly en, nb, nn and sv', () => {
    // Chromium 156 serves "nb" to nb, nb-NO and no users, "nn" to nn users and
    // "sv" to sv and sv-SE; a "no" folder is never chosen for bokmål.
    expect(readdirSync(LOCALES_DIR).sort()).toEqual(['en', 'nb', 'nn', 'sv']);
  });

  it('each name their own language in lang_code', () => {
    for (const lang of LANGS) expect(files[lang].lang_code?.message).toBe(lang);
  });
});

describe('completeness', () => {
  it.each(LANGS)('%s has every key of every other language', (lang) => {
    const missing = allKeys.filter((key) => !(key in files[lang]));
    expect(missing).toEqual([]);
  });

  it.each(LANGS)('%s has a non-empty message for every key', (lang) => {
    const empty = Object.entries(files[lang])
      .filter(([, entry]) => typeof entry.message !== 'string' || entry.message.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('has the manifest keys, every finding message and every label', () => {
    const required = [
      'ext_name',
      'ext_description',
      ...Object.keys(FINDING_MESSAGES),
      'idtype_fodselsnummer',
      'idtype_d_nummer',
      'idtype_h_nummer',
      'idtype_personnummer',
      'idtype_samordningsnummer',
      'category_health',
      'category_child_welfare',
      'category_social_services',
      'category_pupil_records',
      'category_protected_address',
      'category_closed_meeting',
      ...FINDING_KINDS.map((kind) => `kind_${kind}`),
    ];
    for (const lang of LANGS) expect(required.filter((key) => !(key in files[lang]))).toEqual([]);
  });

  it('keeps the manifest strings within the store limits', () => {
    for (const lang of LANGS) {
      expect(files[lang].ext_name?.message.length).toBeLessThanOrEqual(45);
      expect(files[lang].ext_description?.message.length).toBeLessThanOrEqual(132);
    }
  });
});

describe('placeholders', () => {
  it('are the same in every language for every key', () => {
    const differing = allKeys.filter((key) => new Set(LANGS.map((lang) => placeholderSignature(files[lang][key]))).size !== 1);
    expect(differing).toEqual([]);
  });

  it('are all used, all defined, and no stray $ is left', () => {
    const problems: string[] = [];
    for (const lang of LANGS) {
      for (const [key, entry] of Object.entries(files[lang])) {
        const defined = Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase()).sort();
        const used = [...new Set([...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()))].sort();
        if (defined.join() !== used.join()) problems.push(`${lang}/${key}: defines [${defined}] uses [${used}]`);
        const leftover = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, '').replace(/\$\$|\$[1-9]/g, '');
        if (leftover.includes('$')) problems.push(`${lang}/${key}: stray $`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(Object.entries(FINDING_MESSAGES))('%s takes its parameters in the engine\'s order', (key, spec) => {
    const expected = spec.params
      .map((name, i) => `${name.toLowerCase()}=$${i + 1}`)
      .sort()
      .join(' ');
    for (const lang of LANGS) expect(placeholderSignature(files[lang][key]), lang).toBe(expected);
  });

  it('uses key names Chrome accepts', () => {
    for (const key of allKeys) expect(key).toMatch(/^(?!@@)[A-Za-z0-9_@]+$/);
  });
});

describe('format', () => {
  it('fills named placeholders from their $n content', () => {
    const entry = { message: 'Hei $NAME$, punkt $Number$', placeholders: { name: { content: '$1' }, number: { content: '$2' } } };
    expect(format(entry, ['Ola', '2.3'])).toBe('Hei Ola, punkt 2.3');
  });

  it('fills $1…$9 directly, empties missing ones, and reads $$ as $', () => {
    expect(format('$1 and $2, $3.', ['a', 'b'])).toBe('a and b, .');
    expect(format('costs $$5', [])).toBe('costs $5');
    expect(format('$1', 7)).toBe('7');
    expect(format('$1 $2', [1, 'x'])).toBe('1 x');
  });

  it('keeps literal placeholder content and unknown names as written', () => {
    expect(format({ message: 'by $WHO$ at $WHERE$', placeholders: { who: { content: 'Varsom' } } })).toBe('by Varsom at $WHERE$');
  });

  it('does not expand a substituted value again', () => {
    expect(format('[$1] [$2]', ['$2', 'b'])).toBe('[$2] [b]');
  });
});

describe('resolveUiLanguage', () => {
  it.each([
    ['nb', 'nb'],
    ['no', 'nb'],
    ['nb-NO', 'nb'],
    ['nb_NO', 'nb'],
    ['no-NO', 'nb'],
    ['nn', 'nn'],
    ['nn-NO', 'nn'],
    ['sv', 'sv'],
    ['sv-SE', 'sv'],
    ['sv-FI', 'sv'],
    ['en-US', 'en'],
    ['da', 'en'],
    ['', 'en'],
  ] as const)('auto with browser %s → %s', (browserLang, expected) => {
    expect(resolveUiLanguage('auto', browserLang)).toBe(expected);
  });

  it('lets the user\'s choice win over the browser', () => {
    expect(resolveUiLanguage('nn', 'sv-SE')).toBe('nn');
    expect(resolveUiLanguage(undefined, 'sv')).toBe('sv');
  });
});

describe('translate', () => {
  beforeEach(() => {
    i18nFake.served = 'nb';
    i18nFake.getMessage.mockReset();
    i18nFake.getMessage.mockImplementation((key, subs) =>
      key === 'lang_code' ? i18nFake.served : `browser:${key}:${([] as string[]).concat(subs ?? []).join('|')}`,
    );
  });

  it('asks the browser when the language is the one it serves', () => {
    expect(translate('nb', 'tab_watching', 3)).toBe('browser:tab_watching:3');
  });

  it('uses the bundled dictionary for any other language', () => {
    expect(translate('sv', 'tab_watching', 3)).toBe('Textrutor som Varsom bevakar: 3');
    expect(translate('en', 'finding_work_email', ['ola@ringebu.kommune.no'])).toBe(
      format(messagesFor('en').finding_work_email as MessageEntry, ['ola@ringebu.kommune.no']),
    );
    expect(i18nFake.getMessage).not.toHaveBeenCalledWith('tab_watching', expect.anything());
  });

  it('goes by the file the browser serves, not its UI locale (nynorsk under an nb UI)', () => {
    i18nFake.served = 'nn';
    expect(translate('nn', 'status_saved')).toBe('browser:status_saved:');
    expect(translate('nb', 'status_saved')).toBe('Lagret');
  });

  it('falls back to the bundled text when the browser has none', () => {
    i18nFake.getMessage.mockImplementation((key) => (key === 'lang_code' ? 'nb' : ''));
    expect(translate('nb', 'status_saved')).toBe('Lagret');
  });

  it('returns the key itself for an unknown key', () => {
    expect(translate('sv', 'no_such_key')).toBe('no_such_key');
  });

  it('renders every finding message in every language without leftovers', () => {
    for (const lang of LANGS) {
      if (lang === 'nb') continue;
      for (const [key, spec] of Object.entries(FINDING_MESSAGES)) {
        const text = translate(lang, key, spec.params.map((p) => `<${p}>`));
        for (const p of spec.params) expect(text, `${lang}/${key}`).toContain(`<${p}>`);
        expect(text).not.toMatch(/\$/);
      }
    }
  });
});

describe('a finding\'s message', () => {
  it('orders the finding\'s params as its message expects, leaving out the others', () => {
    const dictionary = { finding_work_email: { message: '[$1]' }, finding_contact_client_known_person: { message: '[$1|$2]' } };
    expect(findingMessage({ key: 'finding_work_email', params: { address: 'a@b.no' } }, dictionary)).toBe('[a@b.no]');
    expect(findingMessage({ key: 'finding_contact_client_known_person', params: { extra: 'x', name: 'Ola' } }, dictionary)).toBe('[Ola|]');
  });
});
