import { useCallback, useEffect, useState } from "react";

export type Load<T> =
  | { readonly state: "loading"; readonly reload: () => void }
  | { readonly state: "failed"; readonly error: unknown; readonly reload: () => void }
  | { readonly state: "ready"; readonly data: T; readonly reload: () => void };

/**
 * Loads data for a page and reloads it when a key changes. A stale answer (the key changed
 * while a request was in flight) is dropped.
 */
export function useLoad<T>(load: () => Promise<T>, key: string): Load<T> {
  const [result, setResult] = useState<
    { key: string; state: "ready"; data: T } | { key: string; state: "failed"; error: unknown } | null
  >(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    load().then(
      (data) => {
        if (live) setResult({ key, state: "ready", data });
      },
      (error: unknown) => {
        if (live) setResult({ key, state: "failed", error });
      },
    );
    return () => {
      live = false;
    };
    // The key stands for everything load() depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, generation]);

  if (result === null || result.key !== key) return { state: "loading", reload };
  if (result.state === "failed") return { state: "failed", error: result.error, reload };
  return { state: "ready", data: result.data, reload };
}
