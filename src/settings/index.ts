// The settings module's public surface, for the worker, the content script and the pages.
export * from './settings.ts';
export { parseStoredSettings, type ParseOptions } from './parse.ts';
export { applySettingsPatch, type SettingsPatch } from './patch.ts';
export { migrateFromVersion0, municipalityToSetId, isVersion0 } from './migrate.ts';
export { cleanList, normalizeEntry } from './clean.ts';
export {
  loadSettings,
  saveSettings,
  loadPeopleFromWork,
  savePeopleFromWork,
  clearPeopleFromWork,
  onSettingsChanged,
  onPeopleFromWorkChanged,
} from './store.ts';
export { addPendingNotices, takePendingNotices } from './notices.ts';
