// A warning before the session ends for inactivity, with "Stay signed in". The server says how long
// a session may stay idle (GET /api/v1/session → session.idle_timeout_seconds; every request moves
// the idle deadline on); every answer the transport gets restarts that window here, and "Stay
// signed in" asks the server to record activity now (POST /api/v1/session/refresh). The window is
// a duration, not the server's instant, so that a browser clock that differs from the server's
// cannot make the warning early or late. Without the field nothing shows.

import { useCallback, useEffect, useState } from "react";
import { formatRelative, relativeSpan } from "../domain/relativeTime";
import { useI18n } from "../components/i18n";
import { useApi } from "./session";

/** How long before the end the warning shows. */
export const warnBeforeMs = 5 * 60_000;

/** The idle window, in milliseconds, that the server's session answer gives; null without it. */
export function idleWindow(session: unknown): number | null {
  if (typeof session !== "object" || session === null) return null;
  const seconds = (session as { idle_timeout_seconds?: unknown }).idle_timeout_seconds;
  return typeof seconds === "number" && Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : null;
}

export function SessionExpiryWarning() {
  const api = useApi();
  const { t, language } = useI18n();
  const [window_, setWindow] = useState<number | null>(null);
  const [left, setLeft] = useState<number | null>(null);

  useEffect(() => {
    api.transport
      .request<{ session?: unknown }>("GET", "/api/v1/session")
      .then(({ data }) => setWindow(idleWindow(data.session)))
      .catch(() => undefined);
  }, [api]);

  const refresh = useCallback(() => {
    api
      .refreshSession()
      .then((session) => {
        setWindow(idleWindow(session));
        setLeft(null);
      })
      .catch(() => undefined);
  }, [api]);

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
