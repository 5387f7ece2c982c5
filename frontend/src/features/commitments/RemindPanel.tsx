// "Remind those who have not answered" in one click, for the Secretariat, with the record of the
// reminders already sent (when, by whom, to which delegations). Nothing is offered on a commitment
// that is done or cancelled; the server says so too when nobody is left to remind.

import { useState } from "react";
import type { CommitmentDetail } from "../../domain/meetings";
import { failureFromError, type FormFailure } from "../../components/form";
import { Notice } from "../../components/feedback";
import { renderMessage } from "../../components/messages";
import { useI18n } from "../../components/i18n";
import { useLoad } from "../../components/useLoad";
import { useApi, useUser } from "../../app";
import { useParties } from "./parts";

export function RemindPanel({ commitment }: { commitment: CommitmentDetail }) {
  const api = useApi();
  const user = useUser();
  const parties = useParties();
  const { t, dateTime } = useI18n();
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const history = useLoad(() => api.commitmentReminders(commitment.id), `reminders-${commitment.id}`);
  if (user.role !== "secretariat") return null;
  const open = commitment.status !== "done" && commitment.status !== "cancelled";
  const names = (codes: readonly string[]) => codes.map((code) => parties.name(code)).join(", ");
  const remind = async () => {
    setSending(true);
    setFailure(null);
    setSent(null);
    try {
      const reminder = await api.remindCommitment(commitment.id);
      setSent(t("commitments.remind.sent", { people: reminder.recipients, delegations: names(reminder.delegations) }));
      history.reload();
    } catch (error) {
      setFailure(failureFromError(error));
    } finally {
      setSending(false);
    }
  };
  return (
    <section aria-labelledby={`remind-${commitment.id}`} className="section-gap-small">
      <h3 id={`remind-${commitment.id}`} className="visually-hidden">
        {t("commitments.remind.history")}
      </h3>
      {open && (
        <p>
          <button type="button" className="button button-secondary" onClick={() => void remind()} disabled={sending}>
            {sending ? t("commitments.remind.sending") : t("commitments.remind.button")}
          </button>
        </p>
      )}
      {sent && (
        <Notice tone="success" focus>
          <p>{sent}</p>
        </Notice>
      )}
      {failure && (
        <Notice tone="warning" focus>
          <p>{renderMessage(failure.message, t)}</p>
        </Notice>
      )}
      {history.state === "ready" && history.data.length > 0 && (
        <details>
          <summary>
            {t("commitments.remind.history")} ({history.data.length})
          </summary>
          <ul className="plain-list">
            {history.data.map((reminder) => (
              <li key={reminder.id}>
                {t("commitments.remind.item", {
                  date: dateTime(reminder.sent_at),
                  name: reminder.sent_by.name,
                  delegations: names(reminder.delegations),
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
