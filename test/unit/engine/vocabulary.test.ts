// @vitest-environment happy-dom
// One list of sites, surfaces and languages (src/engine/vocabulary.ts): the
// places that must agree with it are checked here, so a site added in one
// place and forgotten in another fails the tests rather than the users.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { firefoxManifest } from '../../../scripts/firefox-manifest.ts';
import { siteForHostname, siteForUrl } from '../../../src/content/sites/hosts.ts';
import { ADAPTERS, adapterForHostname } from '../../../src/content/sites/index.ts';
import { LANGS, SITE_HOSTS, SITES, siteMatchPatterns, SURFACES, UI_LANGS, UI_LANGUAGE_SETTINGS } from '../../../src/engine/index.ts';
import { messagesFor } from '../../../src/i18n/messages.ts';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings.ts';
import { parseWorkerRequest } from '../../../src/shared/messages.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')) as {
  host_permissions: string[];
  content_scripts: { matches: string[] }[];
};

describe('the manifest asks for exactly the vocabulary’s hosts', () => {
  const patterns = siteMatchPatterns();
  it('has one https pattern per host', () => {
    expect(patterns).toHaveLength(SITES.flatMap((s) => SITE_HOSTS[s]).length);
    for (const p of patterns) expect(p).toMatch(/^https:\/\/[a-z.]+\/\*$/);
  });
  it('host_permissions', () => expect(manifest.host_permissions).toEqual(patterns));
  it('content_scripts.matches', () => {
    expect(manifest.content_scripts).toHaveLength(1);
    expect(manifest.content_scripts[0]?.matches).toEqual(patterns);
  });
  it('the Firefox manifest made from it', () => {
    const firefox = firefoxManifest(structuredClone(manifest) as unknown as Parameters<typeof firefoxManifest>[0]) as typeof manifest;
    expect(firefox.host_permissions).toEqual(patterns);
    expect(firefox.content_scripts[0]?.matches).toEqual(patterns);
  });
});

describe('every site has its adapter, switch, label and hosts', () => {
  it('one adapter per site, naming its own site', () => {
    expect(Object.keys(ADAPTERS).sort()).toEqual([...SITES].sort());
    for (const site of SITES) expect(ADAPTERS[site].site).toBe(site);
  });
  it('every host leads to its site and adapter', () => {
    for (const site of SITES) {
      for (const host of SITE_HOSTS[site]) {
        expect(siteForHostname(host)).toBe(site);
        expect(siteForUrl(`https://${host}/some/path`)).toBe(site);
        expect(adapterForHostname(host)).toBe(ADAPTERS[site]);
      }
    }
    expect(siteForHostname('example.com')).toBeNull();
    expect(siteForHostname('constructor')).toBeNull();
  });
  it('one switch per site in the default settings', () => {
    expect(Object.keys(DEFAULT_SETTINGS.sites)).toEqual([...SITES]);
  });
  it('one label per site in every interface language', () => {
    for (const lang of UI_LANGS) for (const site of SITES) expect(messagesFor(lang)[`site_${site}`]?.message).toBeTruthy();
  });
  it('the message guards take every site and surface, and nothing else', () => {
    for (const site of SITES) {
      for (const surface of SURFACES) {
        expect(parseWorkerRequest({ type: 'analyze', draft: { text: 'x', site, surface } })).toBeDefined();
      }
      expect(parseWorkerRequest({ type: 'site-config', site })).toEqual({ type: 'site-config', site });
    }
    expect(parseWorkerRequest({ type: 'site-config', site: 'twitter' })).toBeUndefined();
    expect(parseWorkerRequest({ type: 'analyze', draft: { text: 'x', site: 'facebook', surface: 'story' } })).toBeUndefined();
  });
});

describe('languages', () => {
  it('the interface offers auto and each interface language, each with a dictionary', () => {
    expect(UI_LANGUAGE_SETTINGS).toEqual(['auto', ...UI_LANGS]);
    for (const lang of UI_LANGS) expect(Object.keys(messagesFor(lang)).length).toBeGreaterThan(50);
  });
  it('every interface language is also a draft language', () => {
    for (const lang of UI_LANGS) expect(LANGS).toContain(lang);
  });
});
