import { useI18n } from "./i18n";

/** How far an upload has gone: a bar, "42 % · 1.3 of 3.0 MB", and a button to cancel it. */
export function UploadProgress({ sent, total, onCancel }: { sent: number; total: number; onCancel: () => void }) {
  const { t, language } = useI18n();
  const percent = total > 0 ? Math.floor((sent * 100) / total) : 0;
  const mb = new Intl.NumberFormat(language === "en" ? "en-GB" : "es", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const toMb = (bytes: number) => mb.format(bytes / (1024 * 1024));
  return (
    <div className="upload-progress" role="status" aria-live="polite">
      <progress className="progress" max={100} value={percent} aria-label={t("form.uploadProgress")} />
      <span className="progress-text">{t("form.uploadedOf", { percent, sent: toMb(sent), total: toMb(total) })}</span>
      <button type="button" className="button button-secondary button-small" onClick={onCancel}>
        {t("form.cancelUpload")}
      </button>
    </div>
  );
}
