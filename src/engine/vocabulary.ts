// The words every layer shares: which sites Varsom works on (and at which host
// names), the kinds of compose box, the languages a draft can be written in,
// and the languages the interface speaks. Plain data with no imports, so the
// engine, the settings, the message guards, the content script, the CLI and
// the build checks all read the same lists. Adding a site starts here; see
// CONTRIBUTING.md for the other places a change of this list reaches.

/** The sites, in the order the options page lists them. */
export const SITES = ['facebook', 'instagram', 'linkedin'] as const;
export type Site = (typeof SITES)[number];

/**
 * The host names each site is served from (https only). The manifest's
 * host_permissions and content_scripts.matches must list exactly these: a
 * unit test (test/unit/engine/vocabulary.test.ts) compares them.
 */
export const SITE_HOSTS: Readonly<Record<Site, readonly string[]>> = {
  // Messenger is Facebook's chat: same company, same compose boxes.
  facebook: ['facebook.com', 'www.facebook.com', 'messenger.com', 'www.messenger.com'],
  instagram: ['instagram.com', 'www.instagram.com'],
  linkedin: ['linkedin.com', 'www.linkedin.com'],
};

/** The manifest match pattern for each host, in SITES order. */
export function siteMatchPatterns(): string[] {
  return SITES.flatMap((site) => SITE_HOSTS[site].map((host) => `https://${host}/*`));
}

/** Where a draft is written: a new post, a comment under one, or a direct message. */
export const SURFACES = ['post', 'comment', 'dm'] as const;
export type Surface = (typeof SURFACES)[number];

/** Languages a draft, a disclaimer or a guideline set can be in. */
export const LANGS = ['nb', 'nn', 'sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * The locale codes (their first subtag, lower case) that mean each language,
 * for the browser's interface language and the command line's locale:
 * "no" and "nb-NO" are bokmål, "sv-FI" is Swedish.
 */
export const LANG_CODES: Readonly<Record<Lang, readonly string[]>> = { nb: ['nb', 'no'], nn: ['nn'], sv: ['sv'], en: ['en'] };

/** The language a locale code ("nb-NO", "sv_SE.UTF-8", "no") names, if it is one of ours. */
export function langOfLocale(locale: string): Lang | undefined {
  const primary = locale.split(/[.@]/)[0]!.split(/[-_]/)[0]!.toLowerCase();
  return LANGS.find((lang) => LANG_CODES[lang].includes(primary));
}

/**
 * Languages the interface speaks: today the same four, each with its
 * public/_locales/<lang>/messages.json. Kept apart from LANGS so that the two
 * questions stay distinct where the code asks them.
 */
export const UI_LANGS: readonly Lang[] = LANGS;

/** The interface-language setting: one of UI_LANGS, or 'auto' to follow the browser. */
export type UiLanguageSetting = Lang | 'auto';
export const UI_LANGUAGE_SETTINGS: readonly UiLanguageSetting[] = ['auto', ...UI_LANGS];

function oneOf<T extends string>(list: readonly T[]): (value: unknown) => value is T {
  return (value: unknown): value is T => typeof value === 'string' && (list as readonly string[]).includes(value);
}

export const isSite = oneOf(SITES);
export const isSurface = oneOf(SURFACES);
export const isLang = oneOf(LANGS);
