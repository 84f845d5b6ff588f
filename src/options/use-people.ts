// The people-from-work list and its "also a friend" marks for the page, kept
// current across tabs.
import { useEffect, useState } from 'preact/hooks';
import { loadAlsoFriends, loadPeopleFromWork, onAlsoFriendsChanged, onPeopleFromWorkChanged } from '../settings/index.ts';

type Unsubscribe = () => void;

/** A list in storage.local: loaded once, then followed (a change from another tab wins over the first load). */
function useStoredList(load: () => Promise<string[]>, follow: (cb: (next: string[]) => void) => Unsubscribe): [string[] | undefined, (next: string[]) => void] {
  const [list, setList] = useState<string[]>();
  useEffect(() => {
    let live = true;
    const stop = follow((next) => {
      if (live) setList(next);
    });
    load()
      .then((loaded) => {
        if (live) setList((current) => current ?? loaded);
      })
      .catch(() => {
        if (live) setList((current) => current ?? []);
      });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return [list, setList];
}

export function usePeopleFromWork(): [string[] | undefined, (next: string[]) => void] {
  return useStoredList(loadPeopleFromWork, onPeopleFromWorkChanged);
}

/** The "also a friend" marks. */
export function useAlsoFriends(): [string[] | undefined, (next: string[]) => void] {
  return useStoredList(loadAlsoFriends, onAlsoFriendsChanged);
}
