// In-app notifications: reminders before a deadline, when it has passed, weekly digests. Each can
// be marked read, or all at once; the bell in the header follows.

import { useRef, useState } from "react";
import type { AppNotification } from "../../domain/meetings";
import { Empty, LoadPending, Localized } from "../../components/feedback";
import { CheckboxField } from "../../components/fields";
import { ErrorSummary, failureFromError, type FormFailure } from "../../components/form";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import { useApi } from "../../app";
import { refreshUnreadCount } from "./unread";
import { commitmentPaths } from "../commitments";
import "./styles.css";

type Payload = AppNotification["payload"];
type RecordPayload = Extract<Payload, { record: number }>;

/** A reminder about a record of another capability (a cooperation request waiting at a step). */
function isRecordReminder(payload: Payload): payload is RecordPayload {
  return "record" in payload;
}

/** The in-app path of a reminder's link (the server writes it as a full URL for e-mail). */
function pathOf(link: string): string {
  try {
    return new URL(link, window.location.origin).pathname;
  } catch {
    return "/";
  }
}

function RecordReminderBody({ payload, titleId }: { payload: RecordPayload; titleId: string }) {
  const { t } = useI18n();
  return (
    <>
      <h2 className="card-title" id={titleId}>
        <Localized value={payload.action} />
      </h2>
      <p className="card-subtitle">
        <Localized value={payload.party} />
      </p>
      <p>
        <Link to={pathOf(payload.link)}>{t("notifications.openRecord")}</Link>
      </p>
    </>
  );
}

/** The kind, whether it is new, and when it came. */
function Topline({ item }: { item: AppNotification }) {
  const { t, dateTime } = useI18n();
  return (
    <div className="card-topline">
      <span className={`badge badge-notification-${item.kind}`}>{t(`notifications.kinds.${item.kind}`)}</span>
      <span className="card-kicker">
        {item.read_at === null ? <strong>{t("notifications.new")}</strong> : t("notifications.read")} ·{" "}
        <time dateTime={item.created_at}>{dateTime(item.created_at)}</time>
      </span>
    </div>
  );
}

function NotificationItem({ item, onRead }: { item: AppNotification; onRead: (item: AppNotification) => void }) {
  const { t, date } = useI18n();
  const unread = item.read_at === null;
  const payload = item.payload;
  const titleId = `notification-${item.id}`;
  if (isRecordReminder(payload)) {
    return (
      <li className={unread ? "card notification notification-unread" : "card notification"}>
        <article aria-labelledby={titleId}>
          <Topline item={item} />
          <RecordReminderBody payload={payload} titleId={titleId} />
          {unread && (
            <p className="action-links">
              <button type="button" className="button button-secondary button-small" onClick={() => onRead(item)} aria-describedby={titleId}>
                {t("notifications.markRead")}
              </button>
            </p>
          )}
        </article>
      </li>
    );
  }
  return (
    <li className={unread ? "card notification notification-unread" : "card notification"}>
      <article aria-labelledby={titleId}>
        <Topline item={item} />
        <h2 className="card-title" id={titleId}>
          {payload.action ? (
            <Localized value={payload.action} />
          ) : typeof payload.items === "number" ? (
            t("notifications.digestCount", { count: payload.items })
          ) : (
            t("notifications.digest")
          )}
        </h2>
        <p className="card-subtitle">
          {payload.party && <Localized value={payload.party} />}
          {payload.meeting && (
            <>
              {" · "}
              <Localized value={payload.meeting} />
            </>
          )}
          {payload.agreement && <> · {t("commitments.detail.agreement", { number: payload.agreement })}</>}
        </p>
        {payload.due && <p>{t("notifications.dueOn", { date: date(payload.due) })}</p>}
        <p className="action-links">
          {item.commitment !== null && <Link to={commitmentPaths.commitment(item.commitment)}>{t("notifications.openCommitment")}</Link>}
          {unread && (
            <button type="button" className="button button-secondary button-small" onClick={() => onRead(item)} aria-describedby={titleId}>
              {t("notifications.markRead")}
            </button>
          )}
        </p>
      </article>
    </li>
  );
}

export default function NotificationsPage() {
  const api = useApi();
  const { t } = useI18n();
  const [onlyUnread, setOnlyUnread] = useState(false);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const summaryRef = useRef<HTMLDivElement | null>(null);
  const load = useLoad(() => api.notifications(onlyUnread), String(onlyUnread));
  const act = (action: Promise<void>) => {
    setFailure(null);
    action
      .then(() => {
        load.reload();
        refreshUnreadCount();
      })
      .catch((error: unknown) => setFailure(failureFromError(error)));
  };
  return (
    <>
      <PageHeading title={t("notifications.title")}>{t("notifications.title")}</PageHeading>
      <p className="lead">{t("notifications.intro")}</p>
      <ErrorSummary failure={failure} errors={{}} labels={{}} idPrefix="notifications" summaryRef={summaryRef} />
      <div className="toolbar">
        <CheckboxField id="notifications-unread" label={t("notifications.onlyUnread")} checked={onlyUnread} onChange={setOnlyUnread} />
        {load.state === "ready" && load.data.unread > 0 && (
          <>
            <p className="result-count">{t("notifications.unread", { count: load.data.unread })}</p>
            <button type="button" className="button button-secondary" onClick={() => act(api.markAllNotificationsRead())}>
              {t("notifications.markAllRead")}
            </button>
          </>
        )}
      </div>
      <LoadPending load={load} />
      {load.state === "ready" &&
        (load.data.items.length === 0 ? (
          <Empty>{t("notifications.empty")}</Empty>
        ) : (
          <ul className="card-list notification-list">
            {load.data.items.map((item) => (
              <NotificationItem key={item.id} item={item} onRead={(read) => act(api.markNotificationRead(read.id))} />
            ))}
          </ul>
        ))}
    </>
  );
}
