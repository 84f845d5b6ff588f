// The people-from-work list for the page, kept current across tabs.
import { useEffect, useState } from 'preact/hooks';
import { loadPeopleFromWork, onPeopleFromWorkChanged } from '../settings/index.ts';

export function usePeopleFromWork(): [string[] | undefined, (next: string[]) => void] {
  const [people, setPeople] = useState<string[]>();
  useEffect(() => {
    let live = true;
    const stop = onPeopleFromWorkChanged((next) => {
      if (live) setPeople(next);
    });
    loadPeopleFromWork()
      .then((loaded) => {
        if (live) setPeople((current) => current ?? loaded);
      })
      .catch(() => {
        if (live) setPeople((current) => current ?? []);
      });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return [people, setPeople];
}
