// Which site a host name belongs to. Pure, so the worker (which sees tab URLs)
// and the content script (which sees its own location) agree on one list.
import type { Site } from '../../engine/types.ts';

const HOSTS: Readonly<Record<string, Site>> = {
  'facebook.com': 'facebook',
  'www.facebook.com': 'facebook',
  // Messenger is Facebook's chat: same company, same compose boxes.
  'messenger.com': 'facebook',
  'www.messenger.com': 'facebook',
  'instagram.com': 'instagram',
  'www.instagram.com': 'instagram',
  'linkedin.com': 'linkedin',
  'www.linkedin.com': 'linkedin',
};

export function siteForHostname(hostname: string): Site | null {
  return HOSTS[hostname.toLowerCase()] ?? null;
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
