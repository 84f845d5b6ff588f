// The people-from-work list and its "also a friend" marks for the page, kept current across tabs.
import { useEffect, useState } from 'preact/hooks';
import { loadAlsoFriends, loadPeopleFromWork, onAlsoFriendsChanged, onPeopleFromWorkChanged } from '../settings/index.ts';

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

/** The "also a friend" marks, kept current across tabs. */
export function useAlsoFriends(): [string[] | undefined, (next: string[]) => void] {
  const [friends, setFriends] = useState<string[]>();
  useEffect(() => {
    let live = true;
    const stop = onAlsoFriendsChanged((next) => {
      if (live) setFriends(next);
    });
    loadAlsoFriends()
      .then((loaded) => {
        if (live) setFriends((current) => current ?? loaded);
      })
      .catch(() => {
        if (live) setFriends((current) => current ?? []);
      });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return [friends, setFriends];
}
