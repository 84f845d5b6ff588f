// The adapter for the site this content script runs on.
import type { SiteAdapter } from './adapter.ts';
import { facebook } from './facebook.ts';
import { siteForHostname } from './hosts.ts';
import { instagram } from './instagram.ts';
import { linkedin } from './linkedin.ts';

const ADAPTERS = { facebook, instagram, linkedin } as const;

export function adapterForHostname(hostname: string): SiteAdapter | undefined {
  const site = siteForHostname(hostname);
  return site ? ADAPTERS[site] : undefined;
}
