// Editing a versioned record (If-Match) when someone else saved first.

/**
 * After a stale-version refusal: the form's values on top of the latest saved record. A field
 * the user did not touch (still equal to what they started from) takes the latest saved value,
 * so someone else's change is not overwritten by a stale copy; a field the user changed keeps
 * what they typed (and the form shows the saved value beside it when the two differ).
 */
export function rebase<Values extends Record<string, unknown>>(started: Values, typed: Values, latest: Values): Values {
  const merged = { ...typed };
  for (const key of Object.keys(typed) as (keyof Values)[]) {
    if (JSON.stringify(typed[key]) === JSON.stringify(started[key])) merged[key] = latest[key];
  }
  return merged;
}
