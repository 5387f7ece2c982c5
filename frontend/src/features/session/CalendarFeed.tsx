// The private calendar feed (M6): a secret URL per user that calendar programs subscribe to.
// The server never shows a saved feed again, so the page offers to create one (which stops the
// previous one), shows it once with a copy button, and says what it is and why it is private.

import { useRef, useState } from "react";
import { Notice } from "../../components/feedback";
import { ErrorSummary, failureFromError, type FormFailure } from "../../components/form";
import { useI18n } from "../../components/i18n";
import { useApi } from "../../app";
import "./styles.css";

export function CalendarFeed() {
  const api = useApi();
  const { t } = useI18n();
  const [url, setUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState<"copied" | "failed" | null>(null);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const summaryRef = useRef<HTMLDivElement | null>(null);
  const input = useRef<HTMLInputElement | null>(null);

  const generate = () => {
    setBusy(true);
    setFailure(null);
    setCopied(null);
    api
      .newCalendarFeed()
      .then((next) => {
        setUrl(next);
        window.setTimeout(() => input.current?.select(), 0);
      })
      .catch((error: unknown) => setFailure(failureFromError(error)))
      .finally(() => setBusy(false));
  };

  const copy = () => {
    if (!url) return;
    const clipboard = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
    if (!clipboard) {
      input.current?.select();
      setCopied("failed");
      return;
    }
    clipboard.writeText(url).then(
      () => setCopied("copied"),
      () => {
        input.current?.select();
        setCopied("failed");
      },
    );
  };

  return (
    <section aria-labelledby="calendar-title" className="panel">
      <h2 id="calendar-title">{t("calendar.title")}</h2>
      <p>{t("calendar.intro")}</p>
      <p className="field-hint">{t("calendar.private")}</p>
      <ErrorSummary failure={failure} errors={{}} labels={{}} idPrefix="calendar" summaryRef={summaryRef} />
      {url && (
        <>
          <Notice tone="success">
            <p>{t("calendar.created")}</p>
          </Notice>
          <div className="field">
            <label htmlFor="calendar-url" className="field-label">
              {t("calendar.url")}
            </label>
            <div className="copy-row">
              <input ref={input} id="calendar-url" className="input input-full" type="text" readOnly value={url} />
              <button type="button" className="button button-secondary" onClick={copy}>
                {t("calendar.copy")}
              </button>
            </div>
            <p className="field-hint" role="status">
              {copied === "copied" ? t("calendar.copied") : copied === "failed" ? t("calendar.copyFailed") : ""}
            </p>
          </div>
        </>
      )}
      <p className="field-hint" id="calendar-regenerate-hint">
        {t("calendar.regenerateHint")}
      </p>
      <button type="button" className="button" onClick={generate} disabled={busy} aria-describedby="calendar-regenerate-hint">
        {url ? t("calendar.regenerate") : t("calendar.generate")}
      </button>
    </section>
  );
}
