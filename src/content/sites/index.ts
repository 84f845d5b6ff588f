// The adapter for the site this content script runs on.
import type { Site } from '../../engine/types.ts';
import type { SiteAdapter } from './adapter.ts';
import { facebook } from './facebook.ts';
import { siteForHostname } from './hosts.ts';
import { instagram } from './instagram.ts';
import { linkedin } from './linkedin.ts';

/** One adapter per site of engine/vocabulary.ts (the type refuses a missing one). */
export const ADAPTERS: Readonly<Record<Site, SiteAdapter>> = { facebook, instagram, linkedin };

export function adapterForHostname(hostname: string): SiteAdapter | undefined {
  const site = siteForHostname(hostname);
  return site ? ADAPTERS[site] : undefined;
}
