// A control that saves on change shows the new value at once. Preact sets a
// controlled input's `checked` back to the rendered value on every render, and
// the page re-renders ("Saving…") before storage reports the change, so
// without this a radio or checkbox would flip back for a moment (and a quick
// second click would act on the old state). The local value holds until the
// stored value changes, or until the save fails.
import { useCallback, useEffect, useState } from 'preact/hooks';

export function useOptimistic<T>(stored: T): [shown: T, show: (next: T) => void, forget: () => void] {
  const [local, setLocal] = useState<{ value: T } | undefined>(undefined);
  useEffect(() => setLocal(undefined), [stored]);
  const show = useCallback((next: T) => setLocal({ value: next }), []);
  const forget = useCallback(() => setLocal(undefined), []);
  return [local === undefined ? stored : local.value, show, forget];
}
