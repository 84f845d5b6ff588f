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
  loadAlsoFriends,
  saveAlsoFriends,
  onAlsoFriendsChanged,
} from './store.ts';
export { addPendingNotices, takePendingNotices } from './notices.ts';
export { combineSettings, availableSets, type EffectiveSettings, type SetEntry, type SetOrigin } from './effective.ts';
export {
  applyManaged,
  parseManagedPolicy,
  readManagedPolicy,
  onManagedPolicyChanged,
  type ManagedPolicy,
  type ManagedState,
  type ManagedResult,
} from './managed.ts';
export {
  checkSetText,
  tooLargeError,
  importSet,
  loadImportedSets,
  removeSet,
  exportSet,
  setToJson,
  onImportedSetsChanged,
  type ImportResult,
  type ImportOptions,
  type CheckResult,
} from './imported-sets.ts';
export { readImportedSets } from './imported-parse.ts';
export { loadEffectiveSettings } from './load-effective.ts';
