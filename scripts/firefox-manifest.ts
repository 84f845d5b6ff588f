// The Firefox manifest, derived from the Chrome build's: Firefox runs the
// background as an event page (background.scripts) and needs a gecko id.
// One source, two manifests; nothing else differs.

export const GECKO_ID = 'varsom@varsom.no';

type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
};

export function firefoxManifest(chrome: Manifest): Manifest {
  const manifest: Manifest = structuredClone(chrome);
  const worker = manifest.background?.service_worker;
  if (!worker) throw new Error('the Chrome manifest has no background.service_worker');
  manifest.background = { scripts: [worker], type: 'module' };
  // Chrome-only keys that Firefox's linter reports.
  delete manifest.minimum_chrome_version;
  delete manifest.key;
  // Firefox reads managed values from policies.json without a schema in the manifest.
  const storage = manifest.storage as { managed_schema?: string } | undefined;
  if (storage) {
    delete storage.managed_schema;
    if (Object.keys(storage).length === 0) delete manifest.storage;
  }
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      // MV3 event pages with ES modules, storage.managed and data_collection_permissions.
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    },
    // data_collection_permissions arrived on Android in 142.
    gecko_android: { strict_min_version: '142.0' },
  };
  return manifest;
}
