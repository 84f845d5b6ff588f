// Which site a host name belongs to. Pure, so the worker (which sees tab URLs)
// and the content script (which sees its own location) agree on one list.
// The host names themselves are listed in engine/vocabulary.ts.
import { SITE_HOSTS, SITES, type Site } from '../../engine/vocabulary.ts';

const HOSTS: ReadonlyMap<string, Site> = new Map(SITES.flatMap((site) => SITE_HOSTS[site].map((host) => [host, site] as const)));

export function siteForHostname(hostname: string): Site | null {
  return HOSTS.get(hostname.toLowerCase()) ?? null;
}

export function siteForUrl(url: string | undefined): Site | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? siteForHostname(parsed.hostname) : null;
  } catch {
    return null;
  }
}
