// The bell in the header: a link to the notifications page with the unread count, refreshed on
// every navigation and after marking notifications read.

import { useEffect, useState, useSyncExternalStore } from "react";
import { useI18n } from "../../components/i18n";
import { Link, useLocation } from "../../components/router";
import { useApi } from "../../app";
import { notificationPaths } from "./routes";
import "./styles.css";

let generation = 0;
const listeners = new Set<() => void>();

/** Asks every bell to fetch the count again. */
export function refreshUnreadCount(): void {
  generation++;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function NotificationBell() {
  const api = useApi();
  const { t } = useI18n();
  const location = useLocation();
  const refresh = useSyncExternalStore(subscribe, () => generation, () => 0);
  const [unread, setUnread] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    api.notifications(true).then(
      (answer) => {
        if (live) setUnread(answer.unread);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, location.pathname, refresh]);

  const count = unread ?? 0;
  return (
    <Link
      to={notificationPaths.notifications()}
      className={count > 0 ? "bell bell-unread" : "bell"}
      aria-label={count > 0 ? t("notifications.bellUnread", { count }) : t("notifications.bell")}
    >
      <svg className="bell-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
        />
      </svg>
      {count > 0 && (
        <span className="bell-count" aria-hidden="true">
          {count}
        </span>
      )}
    </Link>
  );
}
