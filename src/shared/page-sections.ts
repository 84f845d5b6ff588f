// The parts of each site the page check may name. A path's first segment is
// only kept when it is one of these: on Facebook and Instagram the first
// segment is often a person's user name (facebook.com/kari.nordmann), and a
// report for IT must not carry names. Anything else is reported as "some
// other page". Pure, so the content script (which reads its location) and
// the validators (which check what it sent) share one list.
import type { Site } from '../engine/types.ts';

const SECTIONS: Readonly<Record<Site, readonly string[]>> = {
  // facebook.com and messenger.com (/t/ and /e2ee/ are Messenger's threads).
  facebook: [
    'messages', 't', 'e2ee', 'groups', 'marketplace', 'watch', 'reel', 'reels', 'stories', 'events', 'pages',
    'photo', 'photo.php', 'permalink.php', 'story.php', 'profile.php', 'notifications', 'saved', 'friends',
    'search', 'bookmarks', 'gaming', 'hashtag', 'share', 'memories',
  ],
  instagram: ['direct', 'p', 'reel', 'reels', 'explore', 'stories', 'accounts', 'tv'],
  linkedin: [
    'feed', 'messaging', 'in', 'company', 'posts', 'groups', 'jobs', 'mynetwork', 'notifications', 'pulse',
    'school', 'showcase', 'events', 'search', 'newsletters',
  ],
};

/**
 * The first path segment of `pathname` when it is a known part of `site`
 * ('messages', 'feed'), '' at the site's root, or null for any other page.
 */
export function sectionOf(site: Site, pathname: string): string | null {
  const first = pathname.split('/').find((part) => part !== '') ?? '';
  if (first === '') return '';
  const lower = first.toLowerCase();
  return SECTIONS[site].includes(lower) ? lower : null;
}

/** Is `section` something sectionOf could have given for `site`? */
export function isSectionOf(site: Site, section: unknown): section is string | null {
  return section === null || section === '' || (typeof section === 'string' && SECTIONS[site].includes(section));
}
