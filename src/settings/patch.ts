// Applying a partial change from the pages to the current settings. Pure; the
// store runs the result back through the parser so a patch can never store
// something the parser would reject.
import type { Lang, Site } from '../engine/types.ts';
import type { Settings, UiLanguageSetting } from './settings.ts';

export interface SettingsPatch {
  /**
   * A set the user picked. `null` withdraws the choice: the employer's preset
   * (when there is one) applies again, otherwise the stored `setId` stays
   * (it is never cleared by a patch: only the parser does, for a set that is gone).
   */
  setId?: string | null;
  uiLanguage?: UiLanguageSetting;
  workplaces?: readonly string[];
  /** Per language; an empty string removes the user's own text (the set's suggestion applies again). */
  disclaimers?: Partial<Record<Lang, string>>;
  /** Per site; sites not named keep their state. */
  sites?: Partial<Record<Site, boolean>>;
}

export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  const next: Settings = {
    ...current,
    workplaces: [...(patch.workplaces ?? current.workplaces)],
    disclaimers: { ...current.disclaimers },
    sites: { ...current.sites },
  };
  if (patch.setId === null) {
    delete next.setChosen;
  } else if (patch.setId !== undefined) {
    next.setId = patch.setId;
    next.setChosen = true;
  }
  if (patch.uiLanguage !== undefined) next.uiLanguage = patch.uiLanguage;
  for (const [lang, text] of Object.entries(patch.disclaimers ?? {}) as [Lang, string | undefined][]) {
    if (text === undefined || text.trim() === '') delete next.disclaimers[lang];
    else next.disclaimers[lang] = text;
  }
  for (const [site, on] of Object.entries(patch.sites ?? {}) as [Site, boolean | undefined][]) {
    if (on !== undefined) next.sites[site] = on;
  }
  return next;
}
