// The content script's channel to the worker: one retry when the worker was
// asleep or restarting, and silence when the extension context is gone.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  runtime: { id: 'varsom' as string | undefined, sendMessage: vi.fn<(message: unknown) => Promise<unknown>>() },
}));
vi.mock('webextension-polyfill', () => ({ default: fake }));

beforeEach(() => {
  vi.resetModules();
  fake.runtime.id = 'varsom';
  fake.runtime.sendMessage.mockReset();
});

describe('ask', () => {
  it('returns the worker\'s answer', async () => {
    const { ask } = await import('../../../src/content/runtime.ts');
    fake.runtime.sendMessage.mockResolvedValueOnce({ enabled: true });
    expect(await ask({ type: 'site-config', site: 'facebook' })).toEqual({ enabled: true });
    expect(fake.runtime.sendMessage).toHaveBeenCalledOnce();
  });

  it('retries once when the first attempt fails (worker starting)', async () => {
    const { ask } = await import('../../../src/content/runtime.ts');
    fake.runtime.sendMessage
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce({ enabled: false });
    expect(await ask({ type: 'site-config', site: 'facebook' })).toEqual({ enabled: false });
    expect(fake.runtime.sendMessage).toHaveBeenCalledTimes(2);
  });

  it('gives up after the retry without throwing', async () => {
    const { ask } = await import('../../../src/content/runtime.ts');
    fake.runtime.sendMessage.mockRejectedValue(new Error('nope'));
    await expect(ask({ type: 'strings' })).resolves.toBeUndefined();
    expect(fake.runtime.sendMessage).toHaveBeenCalledTimes(2);
  });

  it('goes quiet once when the extension context is invalidated', async () => {
    const { ask, onOrphaned, isOrphaned } = await import('../../../src/content/runtime.ts');
    const quiet = vi.fn();
    onOrphaned(quiet);
    fake.runtime.sendMessage.mockImplementation(async () => {
      fake.runtime.id = undefined;
      throw new Error('Extension context invalidated.');
    });
    await expect(ask({ type: 'strings' })).resolves.toBeUndefined();
    expect(quiet).toHaveBeenCalledOnce();
    expect(isOrphaned()).toBe(true);
    await expect(ask({ type: 'strings' })).resolves.toBeUndefined();
    expect(fake.runtime.sendMessage).toHaveBeenCalledOnce();
    expect(quiet).toHaveBeenCalledOnce();
  });

  it('survives runtime.id throwing (a torn-down context)', async () => {
    const { isOrphaned, onOrphaned } = await import('../../../src/content/runtime.ts');
    const quiet = vi.fn();
    onOrphaned(quiet);
    Object.defineProperty(fake.runtime, 'id', {
      configurable: true,
      get() {
        throw new Error('Extension context invalidated.');
      },
    });
    expect(isOrphaned()).toBe(true);
    expect(quiet).toHaveBeenCalledOnce();
    Object.defineProperty(fake.runtime, 'id', { configurable: true, writable: true, value: 'varsom' });
  });
});
