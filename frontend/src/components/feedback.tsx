// Small pieces of feedback used on every page: loading, a failed load with its request id and
// a retry, an empty list, a success notice, and the marker for content shown in the other
// language because it is missing in the interface language.

import { useEffect, useRef, type ReactNode } from "react";
import { isApiError } from "../api/errors";
import type { LocalizedText } from "../domain/localized";
import { useI18n } from "./i18n";
import { Link } from "./router";
import type { Load } from "./useLoad";
import { renderMessage, type Message } from "./messages";

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t("common.loading")}
    </p>
  );
}

/** Where a "not found" page sends people: back to the list the record belongs to. */
export type WayBack = { readonly to: string; readonly label: string };

/** A record that does not exist (404): says so and offers ways out, not a retry. */
export function NotFound({ back }: { back?: WayBack | undefined }) {
  const { t } = useI18n();
  return (
    <div className="notice notice-warning not-found" role="alert">
      <p>{t("errors.notFoundRecord")}</p>
      <ul className="plain-list">
        {back && (
          <li>
            <Link to={back.to}>{back.label}</Link>
          </li>
        )}
        <li>
          <Link to="/">{t("errors.goHome")}</Link>
        </li>
      </ul>
    </div>
  );
}

export function isNotFound(error: unknown): boolean {
  return isApiError(error) && error.status === 404;
}

export function LoadFailure({ error, onRetry, back }: { error: unknown; onRetry?: () => void; back?: WayBack | undefined }) {
  const { t } = useI18n();
  const apiError = isApiError(error) ? error : null;
  if (apiError?.status === 404) return <NotFound back={back} />;
  let message: string;
  if (apiError?.status === 0) message = t("errors.network");
  else if (apiError?.status === 403) message = apiError.hasServerMessage ? apiError.message : t("errors.forbidden");
  else if (apiError?.status === 404) message = t("errors.notFound");
  else if (apiError?.hasServerMessage) message = apiError.message;
  else message = t("errors.unexpected");
  return (
    <div className="notice notice-error" role="alert">
      <p>{message}</p>
      {apiError?.requestId && (
        <p className="request-id">
          {t("errors.requestId")} <code>{apiError.requestId}</code>
        </p>
      )}
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t("common.retry")}
        </button>
      )}
    </div>
  );
}

/** While a page's data loads, says so; if it failed, says why and offers to retry; then nothing. */
export function LoadPending({ load }: { load: Load<unknown> }) {
  if (load.state === "loading") return <Loading />;
  if (load.state === "failed") return <LoadFailure error={load.error} onRetry={load.reload} />;
  return null;
}

export function Notice({
  tone = "info",
  children,
  focus = false,
}: {
  tone?: "info" | "success" | "warning";
  children: ReactNode;
  focus?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div ref={ref} className={`notice notice-${tone}`} role="status" tabIndex={focus ? -1 : undefined}>
      {children}
    </div>
  );
}

export function MessageNotice({ message, tone = "success" }: { message: Message; tone?: "info" | "success" | "warning" }) {
  const { t, language } = useI18n();
  return (
    <Notice tone={tone}>
      <p>{renderMessage(message, t, language)}</p>
    </Notice>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty-state">{children}</p>;
}

/**
 * Bilingual content in the interface language; when that side is missing, the other side is
 * shown with its lang attribute and a visible marker saying which language it is in.
 */
export function Localized({ value, missing }: { value: LocalizedText | null | undefined; missing?: string }) {
  const { pick, t } = useI18n();
  const picked = pick(value);
  if (!picked) return <span className="missing-text">{missing ?? t("common.notAvailable")}</span>;
  if (!picked.isFallback) return <>{picked.text}</>;
  return (
    <>
      <span lang={picked.language}>{picked.text}</span>{" "}
      <span className="fallback-marker" title={t(picked.language === "es" ? "common.onlyInSpanish" : "common.onlyInEnglish")}>
        <span aria-hidden="true">{picked.language.toUpperCase()}</span>
        <span className="visually-hidden">
          {t(picked.language === "es" ? "common.onlyInSpanish" : "common.onlyInEnglish")}
        </span>
      </span>
    </>
  );
}
