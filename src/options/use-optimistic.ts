// A control that saves on change shows the new value at once. Preact sets a
// controlled input's `checked` back to the rendered value on every render, and
// the page re-renders ("Saving…") before storage reports the change, so
// without this a radio or checkbox would flip back for a moment (and a quick
// second click would act on the old state). The local value holds until the
// stored value changes, or until the save fails.
//
// The local value remembers the stored value it was chosen over and is shown
// only while that is still the stored value. No effect clears it: an effect
// runs after the render, and one left over from an earlier change of the
// stored value could otherwise erase a choice made in between.
import { useCallback, useState } from 'preact/hooks';

export function useOptimistic<T>(stored: T): [shown: T, show: (next: T) => void, forget: () => void] {
  const [local, setLocal] = useState<{ value: T; over: T } | undefined>(undefined);
  const show = useCallback((next: T) => setLocal({ value: next, over: stored }), [stored]);
  const forget = useCallback(() => setLocal(undefined), []);
  return [local !== undefined && Object.is(local.over, stored) ? local.value : stored, show, forget];
}
