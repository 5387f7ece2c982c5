// Importing a report (M5, TS): upload a file or paste the text; the server reads it and the
// review page shows what it understood. Nothing is saved as a meeting until the review is
// confirmed.

import type { ImportLanguage } from "../../domain/imports";
import { maximumFileBytes } from "../../domain/meetings";
import { FileField, SelectField, TextAreaField } from "../../components/fields";
import { ErrorSummary, useForm, type FieldErrors } from "../../components/form";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { navigate } from "../../components/router";
import { useApi } from "../../app";
import type { ApiError } from "../../api/errors";
import { importPaths } from "./routes";
import { PendingImports } from "./PendingImports";
import "./styles.css";

type Values = { file: File | null; text: string; language: ImportLanguage };

function fieldForError(error: ApiError): keyof Values | null {
  if (error.code === "file_too_large" || error.code === "payload_too_large" || error.code === "unsupported_file_type") return "file";
  return null;
}

export default function ImportPage() {
  const api = useApi();
  const { t } = useI18n();
  const form = useForm<Values>({
    initial: { file: null, text: "", language: "auto" },
    fieldForError,
    validate: (values) => {
      const errors: FieldErrors<keyof Values & string> = {};
      if (!values.file && values.text.trim() === "") errors.file = { key: "imports.needOne" };
      if (values.file && values.file.size > maximumFileBytes) errors.file = { key: "errors.fileTooLarge" };
      return errors;
    },
    onSubmit: async (values) => {
      const record = values.file ? await api.importFile(values.file) : await api.importText(values.text, values.language);
      navigate(importPaths.importReview(record.id));
    },
  });
  const { values, errors, set } = form;
  const labels = { file: t("imports.file"), text: t("imports.text"), language: t("imports.language") };
  return (
    <>
      <PageHeading title={t("imports.newTitle")}>{t("imports.newTitle")}</PageHeading>
      <p className="lead">{t("imports.intro")}</p>
      <ErrorSummary failure={form.failure} errors={errors} labels={labels} idPrefix="import" summaryRef={form.summaryRef} />
      <form className="form" onSubmit={form.handleSubmit} noValidate>
        <fieldset className="form-section">
          <legend>{t("imports.fileLegend")}</legend>
          <FileField id="import-file" label={labels.file} hint={t("imports.fileHint")} accept=".txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(file) => set("file", file)} error={errors.file} />
        </fieldset>
        <fieldset className="form-section">
          <legend>{t("imports.pasteLegend")}</legend>
          <TextAreaField id="import-text" label={labels.text} rows={10} value={values.text} onChange={(v) => set("text", v)} error={errors.text} />
          <SelectField id="import-language" label={labels.language} value={values.language} width="medium"
            onChange={(v) => set("language", v as ImportLanguage)} error={errors.language}
            options={(["auto", "es", "en"] as const).map((code) => ({ value: code, label: t(`imports.languages.${code}`) }))} />
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button" disabled={form.submitting}>
            {form.submitting ? t("imports.reading") : t("imports.submit")}
          </button>
        </div>
      </form>
      <PendingImports />
    </>
  );
}
