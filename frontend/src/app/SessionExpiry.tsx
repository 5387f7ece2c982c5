// A warning before the session ends for inactivity, with "Stay signed in". The server says when
// the session would end if nothing else happened (GET /api/v1/session → expires_at, an idle
// deadline that every request moves on); from it we learn the idle window, and every answer the
// transport gets restarts it. Without expires_at (a server that does not send it) nothing shows.

import { useCallback, useEffect, useState } from "react";
import { formatRelative, relativeSpan } from "../domain/relativeTime";
import { useI18n } from "../components/i18n";
import { useApi } from "./session";

/** How long before the end the warning shows. */
export const warnBeforeMs = 5 * 60_000;

/** The idle window the server's `expires_at` implies, read at `now`; null when absent or past. */
export function idleWindow(expiresAt: unknown, now: number): number | null {
  if (typeof expiresAt !== "string") return null;
  const at = Date.parse(expiresAt);
  return Number.isNaN(at) || at <= now ? null : at - now;
}

export function SessionExpiryWarning() {
  const api = useApi();
  const { t, language } = useI18n();
  const [window_, setWindow] = useState<number | null>(null);
  const [left, setLeft] = useState<number | null>(null);

  const refresh = useCallback(() => {
    api.transport
      .request<{ expires_at?: unknown }>("GET", "/api/v1/session")
      .then(({ data }) => setWindow(idleWindow(data.expires_at, Date.now())))
      .catch(() => undefined);
  }, [api]);

  useEffect(() => {
    refresh();
  }, [refresh]);

  useEffect(() => {
    if (window_ === null) return;
    const tick = () => setLeft(api.transport.lastActivityAt + window_ - Date.now());
    tick();
    const timer = setInterval(tick, 15_000);
    return () => clearInterval(timer);
  }, [api, window_]);

  if (window_ === null || left === null || left > warnBeforeMs || left <= 0) return null;
  const minutes = Math.max(1, Math.ceil(left / 60_000));
  return (
    <div className="session-warning" role="alert">
      <p>{t("shell.sessionEnding", { when: formatRelative(relativeSpan(minutes * 60_000, 0), language) })}</p>
      <button type="button" className="button" onClick={refresh}>
        {t("shell.staySignedIn")}
      </button>
    </div>
  );
}
