// First run: a fresh install opens the options page at its welcome, which
// asks for the municipality. Nothing is preselected. An employer's policy
// that presets or locks a set counts as a choice: then nothing opens.
import browser from 'webextension-polyfill';
import { loadEffectiveSettings } from '../settings/index.ts';

export async function welcomeIfNoSet(details: { reason: string }): Promise<void> {
  if (details.reason !== 'install') return;
  const { set } = await loadEffectiveSettings();
  if (set !== null) return;
  await browser.runtime.openOptionsPage();
}

/** Registered at the worker's top level, like every listener (the event fires once, at start). */
export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener((details) => {
    welcomeIfNoSet(details).catch((error: unknown) => console.warn('Varsom: could not open the welcome page', error));
  });
}
