// The request form, for a new draft and for editing one: the requesting country (fixed to an
// officer's own and shown as text; the Secretariat chooses), the partner, and the title and
// summary in Spanish, English or both. Errors from the server land next to their fields and what
// was typed stays; a 403 wrong_country appears next to the country.

import type { ApiError } from "../../api/errors";
import type { FieldError } from "../../api/errors";
import { FixedField, SelectField, TextAreaField, TextField } from "../../components/fields";
import { ErrorSummary, SubmitButton, type FieldErrors, type FormState } from "../../components/form";
import { useI18n } from "../../components/i18n";
import type { Message } from "../../components/messages";
import type { ReferenceData } from "../../app";
import type { CooperationRequest, CooperationRequestChange, CooperationRequestInput, TypedText } from "./model";
import { partnerOptions, useNames } from "./parts";
import "./styles.css";

export type RequestFormValues = {
  country: string;
  partner: string;
  title_es: string;
  title_en: string;
  summary_es: string;
  summary_en: string;
};

const maximumTitle = 200;
const maximumSummary = 4000;

export function formValuesOf(request: CooperationRequest): RequestFormValues {
  return {
    country: request.country,
    partner: request.partner,
    title_es: request.title.es ?? "",
    title_en: request.title.en ?? "",
    summary_es: request.summary.es ?? "",
    summary_en: request.summary.en ?? "",
  };
}

const typed = (es: string, en: string): TypedText => ({ es: es.trim() === "" ? null : es.trim(), en: en.trim() === "" ? null : en.trim() });

export function toRequestInput(values: RequestFormValues): CooperationRequestInput {
  return {
    country: values.country,
    partner: values.partner,
    title: typed(values.title_es, values.title_en),
    summary: typed(values.summary_es, values.summary_en),
  };
}

/** What an edit changes: a text is sent whole (both its languages) when either side changed. */
export function changeBetween(base: RequestFormValues, values: RequestFormValues): CooperationRequestChange {
  const change: CooperationRequestChange = {};
  const before = toRequestInput(base);
  const after = toRequestInput(values);
  if (after.partner !== before.partner) change.partner = after.partner;
  if (after.title.es !== before.title.es || after.title.en !== before.title.en) change.title = after.title;
  if (after.summary.es !== before.summary.es || after.summary.en !== before.summary.en) change.summary = after.summary;
  return change;
}

export function validateRequest(values: RequestFormValues): FieldErrors<keyof RequestFormValues> {
  const errors: FieldErrors<keyof RequestFormValues> = {};
  if (values.country === "") errors.country = { key: "errors.required" };
  if (values.partner === "") errors.partner = { key: "errors.required" };
  if (values.title_es.trim() === "" && values.title_en.trim() === "") errors.title_es = { key: "cooperation.form.oneLanguage" };
  if (values.summary_es.trim() === "" && values.summary_en.trim() === "") errors.summary_es = { key: "cooperation.form.oneLanguage" };
  for (const name of ["title_es", "title_en"] as const) {
    if (values[name].trim().length > maximumTitle) errors[name] = { key: "errors.tooLong" };
  }
  for (const name of ["summary_es", "summary_en"] as const) {
    if (values[name].trim().length > maximumSummary) errors[name] = { key: "cooperation.form.tooLongSummary" };
  }
  return errors;
}

export function requestFieldForError(error: ApiError): keyof RequestFormValues | null {
  if (error.code === "wrong_country" || error.code === "unknown_country") return "country";
  return null;
}

/** "title" (neither language) and "title.es" land on the Spanish field, "title.en" on the English one. */
export function requestFieldFor(serverField: string): keyof RequestFormValues | null {
  const [name, language] = serverField.split(".");
  if (name === "title" || name === "summary") return `${name}_${language === "en" ? "en" : "es"}`;
  if (name === "country" || name === "partner") return name;
  return null;
}

/** Our words for "required" on a bilingual text: the server means "in at least one language". */
export function requestMessageFor(field: FieldError): Message | null {
  if ((field.field === "title" || field.field === "summary") && field.code === "required") return { key: "cooperation.form.oneLanguage" };
  return null;
}

export function RequestForm({
  form,
  reference,
  countryFixed,
  submitLabel,
  onLoadLatest,
  reloading,
}: {
  form: FormState<RequestFormValues>;
  reference: ReferenceData;
  /** Shown as text: an officer's own country, or any draft's country once created. */
  countryFixed: boolean;
  submitLabel: string;
  onLoadLatest?: () => void;
  reloading?: boolean;
}) {
  const { t, text, language } = useI18n();
  const names = useNames(reference);
  const { values, errors, set, savedValue: saved } = form;
  const labels: Record<keyof RequestFormValues, string> = {
    country: t("cooperation.fields.country"),
    partner: t("cooperation.fields.partner"),
    title_es: t("cooperation.fields.titleEs"),
    title_en: t("cooperation.fields.titleEn"),
    summary_es: t("cooperation.fields.summaryEs"),
    summary_en: t("cooperation.fields.summaryEn"),
  };
  const savedPartner = saved("partner");
  return (
    <>
      <ErrorSummary
        failure={form.failure}
        errors={errors}
        labels={labels}
        idPrefix="cr"
        summaryRef={form.summaryRef}
        onLoadLatest={onLoadLatest}
        reloading={reloading}
      />
      <form className="form" onSubmit={form.handleSubmit} noValidate>
        <fieldset className="form-section">
          <legend>{t("cooperation.form.whatLegend")}</legend>
          {countryFixed ? (
            <FixedField id="cr-country" label={labels.country} hint={t("cooperation.form.countryFixedHint")} error={errors.country}>
              {names.country(values.country)}
            </FixedField>
          ) : (
            <SelectField
              id="cr-country"
              label={labels.country}
              required
              value={values.country}
              onChange={(value) => set("country", value)}
              error={errors.country}
              placeholder={t("common.choose")}
              options={reference.countries
                .filter((country) => country.status === "member")
                .map((country) => ({ value: country.code, label: text(country.name) }))
                .sort((a, b) => a.label.localeCompare(b.label, language))}
            />
          )}
          <SelectField
            id="cr-partner"
            label={labels.partner}
            hint={t("cooperation.form.partnerHint")}
            required
            value={values.partner}
            onChange={(value) => set("partner", value)}
            error={errors.partner}
            saved={savedPartner === undefined ? undefined : names.partner(savedPartner)}
            placeholder={t("common.choose")}
            options={partnerOptions(reference, language)}
          />
        </fieldset>
        <fieldset className="form-section">
          <legend>{t("cooperation.form.textsLegend")}</legend>
          <p className="field-hint">{t("cooperation.form.textsHint")}</p>
          <TextField id="cr-title_es" label={labels.title_es} optionalMarker={false} lang="es" maxLength={maximumTitle} autoComplete="off"
            value={values.title_es} onChange={(value) => set("title_es", value)} error={errors.title_es} saved={saved("title_es")} />
          <TextField id="cr-title_en" label={labels.title_en} optionalMarker={false} lang="en" maxLength={maximumTitle} autoComplete="off"
            value={values.title_en} onChange={(value) => set("title_en", value)} error={errors.title_en} saved={saved("title_en")} />
          <TextAreaField id="cr-summary_es" label={labels.summary_es} optionalMarker={false} lang="es" rows={5}
            value={values.summary_es} onChange={(value) => set("summary_es", value)} error={errors.summary_es} saved={saved("summary_es")} />
          <TextAreaField id="cr-summary_en" label={labels.summary_en} optionalMarker={false} lang="en" rows={5}
            value={values.summary_en} onChange={(value) => set("summary_en", value)} error={errors.summary_en} saved={saved("summary_en")} />
        </fieldset>
        <div className="form-actions">
          <SubmitButton submitting={form.submitting} label={submitLabel} />
        </div>
      </form>
    </>
  );
}
