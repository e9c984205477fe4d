"use client";

import { useEffect, useState } from "react";

// What the user typed on a step is kept in this tab's sessionStorage while it is being saved.
// When the save finds the session gone (sign-in, then back here), the step comes back as the
// user left it instead of empty. Nothing leaves the browser; the tab's storage ends with the tab.
const PREFIX = "kept-answers:";
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

type Kept<T> = { savedAt: number; value: T };

/** Call `keep(value)` before saving; on the next visit a differing kept value is handed to `restore`. */
export function useKeptAnswers<T>(
  key: string,
  current: T,
  restore: (value: T) => void,
): { keep: (value: T) => void; wasRestored: boolean } {
  const [wasRestored, setRestored] = useState(false);
  useEffect(() => {
    const storageKey = PREFIX + key;
    const raw = window.sessionStorage.getItem(storageKey);
    if (!raw) return;
    window.sessionStorage.removeItem(storageKey);
    try {
      const kept = JSON.parse(raw) as Kept<T>;
      if (Date.now() - kept.savedAt > MAX_AGE_MS || JSON.stringify(kept.value) === JSON.stringify(current)) return;
      // After this commit, as an update from outside React (the tab's storage).
      void Promise.resolve().then(() => {
        restore(kept.value);
        setRestored(true);
      });
    } catch {
      /* not ours or damaged: ignore */
    }
    // Only on arrival: later changes of `current` are the user's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return {
    keep: (value) => {
      try {
        window.sessionStorage.setItem(PREFIX + key, JSON.stringify({ savedAt: Date.now(), value } satisfies Kept<T>));
      } catch {
        /* storage full or disabled: saving still works, only the safety net is missing */
      }
    },
    wasRestored,
  };
}
