// The user's settings and analysis context, read from storage.local. Cached
// only for the worker's lifetime: Chrome stops idle workers, and a fresh one
// simply reads storage again. Any change in storage.local, or in the
// employer's policy (storage.managed), drops the cache.
import browser from 'webextension-polyfill';
import type { AnalysisContext } from '../engine/index.ts';
import { loadAlsoFriends, loadEffectiveSettings, loadPeopleFromWork, type Settings } from '../settings/index.ts';
import { NO_SET, resolveGuidelineSet } from '../guidelines/catalogue.ts';

export interface WorkerContext {
  settings: Settings;
  /** False until the user (or the employer's policy) has chosen a set: `analysis.set` is then the neutral stand-in. */
  setChosen: boolean;
  analysis: AnalysisContext;
}

let cached: Promise<WorkerContext> | undefined;

export function currentContext(): Promise<WorkerContext> {
  if (!cached) {
    const loading = buildContext();
    cached = loading;
    // A failed read must not stick: the next message tries again.
    loading.catch(() => {
      if (cached === loading) cached = undefined;
    });
  }
  return cached;
}

async function buildContext(): Promise<WorkerContext> {
  // The settings in effect: the user's, the imported sets and the employer's policy.
  const [{ settings, sets }, peopleFromWork, alsoFriends] = await Promise.all([loadEffectiveSettings(), loadPeopleFromWork(), loadAlsoFriends()]);
  const extra = sets.filter((e) => e.origin !== 'builtin').map((e) => e.set);
  const set = resolveGuidelineSet(settings.setId, extra);
  return {
    settings,
    setChosen: set !== undefined,
    analysis: {
      set: set ?? NO_SET,
      profile: { workplaces: settings.workplaces, peopleFromWork, alsoFriends, disclaimers: settings.disclaimers },
    },
  };
}

/** Registered at the worker's top level so that a change wakes it and is never missed. */
export function dropContextOnStorageChange(): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'local' || area === 'managed') cached = undefined;
  });
}
