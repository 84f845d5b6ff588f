// The message protocol's guards: what the worker accepts from other contexts.
import { describe, expect, it } from 'vitest';
import { isAnalyzeResponse, isContentRequest, isTabState, parseWorkerRequest } from '../../../src/shared/messages.ts';

describe('parseWorkerRequest', () => {
  it('accepts well-formed requests and copies only known fields', () => {
    expect(parseWorkerRequest({ type: 'analyze', draft: { text: 'hei', site: 'facebook', surface: 'dm', recipient: 'Ola' } })).toEqual({
      type: 'analyze',
      draft: { text: 'hei', site: 'facebook', surface: 'dm', recipient: 'Ola' },
    });
    expect(parseWorkerRequest({ type: 'strings', extra: 1 })).toEqual({ type: 'strings' });
    expect(parseWorkerRequest({ type: 'tab-state' })).toEqual({ type: 'tab-state' });
    expect(parseWorkerRequest({ type: 'tab-state', tabId: 373050750 })).toEqual({ type: 'tab-state', tabId: 373050750 });
    expect(parseWorkerRequest({ type: 'tab-report', site: 'linkedin', watching: 2, findings: 1, paused: false, x: 1 })).toEqual({
      type: 'tab-report',
      site: 'linkedin',
      watching: 2,
      findings: 1,
      paused: false,
    });
  });

  it('rejects malformed or unknown requests', () => {
    for (const bad of [
      null,
      'analyze',
      [],
      { type: 'analyze' },
      { type: 'analyze', draft: { text: 1, site: 'facebook', surface: 'post' } },
      { type: 'analyze', draft: { text: 'x', site: 'twitter', surface: 'post' } },
      { type: 'analyze', draft: { text: 'x', site: 'facebook', surface: 'story' } },
      { type: 'site-config', site: 'myspace' },
      { type: 'tab-state', tabId: -1 },
      { type: 'tab-state', tabId: '3' },
      { type: 'tab-report', site: 'facebook', watching: -1, findings: 0, paused: false },
      { type: 'set-settings' },
    ]) {
      expect(parseWorkerRequest(bad)).toBeUndefined();
    }
  });
});

describe('response guards', () => {
  it('checks the shapes the content script and popup rely on', () => {
    expect(isTabState({ site: null, watching: 0, findings: 0, paused: false })).toBe(true);
    expect(isTabState({ site: 'facebook', watching: 1, findings: '2', paused: false })).toBe(false);
    expect(isAnalyzeResponse({ findings: [], set: { id: 'ringebu', name: 'Ringebu kommune', language: 'nb' } })).toBe(true);
    expect(isAnalyzeResponse({ findings: {}, set: { id: 'x', name: 'y' } })).toBe(false);
    expect(isContentRequest({ type: 'report-state' })).toBe(true);
    expect(isContentRequest({ type: 'analyze' })).toBe(false);
  });
});
