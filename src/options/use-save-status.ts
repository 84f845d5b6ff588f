// "Saved" feedback for changes that save at once. Overlapping saves show one
// status; the text is cleared while saving so that a second "Saved" is
// announced again by screen readers.
import { useCallback, useRef, useState } from 'preact/hooks';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';
export type RunSave = (task: () => Promise<unknown>) => Promise<void>;

export function useSaveStatus(): { state: SaveState; run: RunSave } {
  const [state, setState] = useState<SaveState>('idle');
  const pending = useRef(0);
  const failed = useRef(false);
  const run = useCallback<RunSave>(async (task) => {
    pending.current += 1;
    setState('saving');
    try {
      await task();
    } catch {
      failed.current = true;
    } finally {
      pending.current -= 1;
      if (pending.current === 0) {
        setState(failed.current ? 'error' : 'saved');
        failed.current = false;
      }
    }
  }, []);
  return { state, run };
}
