// What the server reads in a deadline phrase while it is typed (debounced): on the commitment form
// (a saved meeting) and on the import review (a meeting not saved yet, by its body and dates).

import { useEffect, useState } from "react";
import { isApiError } from "../../api/errors";
import type { DeadlineSetting } from "../../api/client";
import type { MeetingId } from "../../domain/ids";
import type { Deadline } from "../../domain/meetings";
import { useI18n } from "../../components/i18n";
import { DeadlineText } from "../commitments";
import { useApi } from "../../app";

export type Reading =
  | { readonly state: "idle" }
  | { readonly state: "reading" }
  | { readonly state: "read"; readonly deadline: Deadline }
  | { readonly state: "unreadable"; readonly message: string | null }
  | { readonly state: "failed" };

/**
 * Asks the server what a deadline phrase means, 400 ms after the typing stops: in the context of a
 * saved meeting, or of one under review (an import: its body and dates as they stand).
 */
export function useDeadlineReading(meeting: MeetingId | DeadlineSetting, text: string): Reading {
  const api = useApi();
  const [result, setResult] = useState<{ text: string; reading: Reading }>({ text: "", reading: { state: "idle" } });
  const phrase = text.trim();
  const meetingId = typeof meeting === "number" ? meeting : null;
  const date = typeof meeting === "number" ? "" : meeting.date;
  const dateEnd = typeof meeting === "number" ? "" : (meeting.date_end ?? "");
  const body = typeof meeting === "number" ? "" : (meeting.body ?? "");
  const key = `${phrase}|${meetingId ?? ""}|${date}|${dateEnd}|${body}`;
  useEffect(() => {
    if (phrase === "") return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      const context: MeetingId | DeadlineSetting = meetingId ?? { date, date_end: dateEnd, body };
      api
        .readDeadline(context, phrase, controller.signal)
        .then((deadline) => setResult({ text: key, reading: { state: "read", deadline } }))
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          if (isApiError(error) && error.status === 422) {
            const field = error.fields.find((f) => f.field.startsWith("deadline"));
            setResult({ text: key, reading: { state: "unreadable", message: field?.message ?? null } });
          } else if (isApiError(error) && error.status === 400) {
            // The review's date is not a date yet: nothing to read the phrase against.
            setResult({ text: key, reading: { state: "idle" } });
          } else {
            setResult({ text: key, reading: { state: "failed" } });
          }
        });
    }, 400);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [api, key, phrase, meetingId, date, dateEnd, body]);
  if (phrase === "") return { state: "idle" };
  return result.text === key ? result.reading : { state: "reading" };
}

export function DeadlineReading({ reading, id }: { reading: Reading; id: string }) {
  const { t } = useI18n();
  return (
    <div className="deadline-reading" id={id} aria-live="polite">
      <p className="deadline-reading-title">{t("commitments.form.readingTitle")}</p>
      {reading.state === "idle" && <p>{t("deadlines.none")}</p>}
      {reading.state === "reading" && <p className="loading-inline">{t("commitments.form.reading")}</p>}
      {reading.state === "read" && (
        <p>
          <span className="badge badge-kind">{t(`deadlines.kinds.${reading.deadline.kind}`)}</span>{" "}
          <DeadlineText deadline={reading.deadline} />
        </p>
      )}
      {reading.state === "unreadable" && <p className="field-error">{reading.message || t("commitments.form.unreadable")}</p>}
      {reading.state === "failed" && <p>{t("errors.unexpected")}</p>}
    </div>
  );
}
