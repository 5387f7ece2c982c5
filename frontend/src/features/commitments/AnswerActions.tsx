// What can be done with an answer already given, for those the server says may (its writer, an
// officer of the country it answers for, the Secretariat): change it in place, or withdraw it.
// Both carry the answer's version: a change made meanwhile elsewhere is refused, not overwritten.

import { useState } from "react";
import type { CommitmentDetail, CommitmentUpdate } from "../../domain/meetings";
import { failureFromError } from "../../components/form";
import { Notice } from "../../components/feedback";
import { renderMessage } from "../../components/messages";
import { useI18n } from "../../components/i18n";
import { useApi } from "../../app";
import { AnswerForm } from "./AnswerForm";

export function AnswerActions({
  commitment,
  update,
  onChanged,
}: {
  commitment: CommitmentDetail;
  update: CommitmentUpdate;
  onChanged: () => void;
}) {
  const api = useApi();
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ReturnType<typeof failureFromError> | null>(null);
  if (!update.can_change) return null;
  if (editing) {
    return (
      <div className="panel section-gap-small">
        <AnswerForm
          commitment={commitment}
          abilities={commitment.abilities}
          editing={update}
          headingLevel={3}
          onSent={() => {
            setEditing(false);
            onChanged();
          }}
          onCancel={() => setEditing(false)}
        />
      </div>
    );
  }
  const withdraw = async () => {
    if (!window.confirm(t("commitments.answer.withdrawConfirm"))) return;
    setBusy(true);
    setFailure(null);
    try {
      await api.withdrawCommitmentUpdate(commitment.id, update.id, update.version);
      onChanged();
    } catch (error) {
      setFailure(failureFromError(error));
      setBusy(false);
    }
  };
  return (
    <>
      <p className="timeline-actions">
        <button type="button" className="button button-secondary button-small" onClick={() => setEditing(true)} disabled={busy}>
          {t("commitments.answer.edit")}
        </button>{" "}
        <button type="button" className="button button-danger button-small" onClick={() => void withdraw()} disabled={busy}>
          {t("commitments.answer.withdraw")}
        </button>
      </p>
      {failure && (
        <Notice tone="warning" focus>
          <p>{renderMessage(failure.message, t)}</p>
        </Notice>
      )}
    </>
  );
}
