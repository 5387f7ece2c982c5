// The contact-point form, for proposing a person and for correcting a term. An officer's
// country is fixed to their own and shown as text, not as a choice; if the server still refuses
// the country (403 wrong_country) the refusal appears next to it.

import type { ReactNode } from "react";
import type { ApiError } from "../../api/errors";
import type { ContactPointFormValues } from "../../domain/contactPoints";
import { languageNames } from "../../domain/language";
import { localizedString } from "../../domain/localized";
import { ErrorSummary, SubmitButton, type FormState } from "../../components/form";
import { CheckboxGroup, DateField, FixedField, SelectField, TextField } from "../../components/fields";
import { Localized } from "../../components/feedback";
import { useI18n } from "../../components/i18n";
import type { ReferenceData } from "../../app";
import "./styles.css";

export function contactPointFieldForError(error: ApiError): keyof ContactPointFormValues | null {
  if (error.code === "wrong_country" || error.code === "unknown_country") return "country";
  return null;
}

export function ContactPointForm({
  form,
  reference,
  lockedFields,
  submitLabel,
  onLoadLatest,
  reloading,
  children,
}: {
  form: FormState<ContactPointFormValues>;
  reference: ReferenceData;
  /** Fields shown as text instead of controls (an officer's country; country × network × topic when editing). */
  lockedFields: ReadonlySet<"country" | "network" | "topic">;
  submitLabel: string;
  /** Offered after a stale-version refusal (412): load the latest saved version. */
  onLoadLatest?: () => void;
  reloading?: boolean;
  children?: ReactNode;
}) {
  const { t, text, language } = useI18n();
  const { values, errors, set, savedValues, savedValue: saved } = form;
  const labels: Record<keyof ContactPointFormValues, string> = {
    country: t("contacts.fields.country"),
    network: t("contacts.fields.network"),
    topic: t("contacts.fields.topic"),
    name: t("contacts.fields.name"),
    position: t("contacts.fields.position"),
    institution: t("contacts.fields.institution"),
    email: t("contacts.fields.email"),
    phone: t("contacts.fields.phone"),
    languages: t("contacts.fields.languages"),
    valid_from: t("contacts.fields.validFrom"),
    valid_to: t("contacts.fields.validTo"),
  };
  // After a stale-version reload, the saved languages where they differ from the chosen ones.
  const savedLanguages =
    savedValues && savedValues.languages.join(",") !== values.languages.join(",")
      ? savedValues.languages.map((code) => languageNames[code as keyof typeof languageNames] ?? code).join(", ")
      : undefined;
  const country = reference.country(values.country);
  const network = reference.network(values.network);
  const topic = reference.topic(values.topic);

  return (
    <>
      <ErrorSummary
        failure={form.failure}
        errors={errors}
        labels={labels}
        idPrefix="cp"
        summaryRef={form.summaryRef}
        onLoadLatest={onLoadLatest}
        reloading={reloading}
      />
      <form className="form" onSubmit={form.handleSubmit} noValidate>
        <fieldset className="form-section">
          <legend>{t("contacts.form.whereLegend")}</legend>
          {lockedFields.has("country") ? (
            <FixedField id="cp-country" label={labels.country} hint={t("contacts.form.countryFixedHint")} error={errors.country}>
              {country ? <Localized value={country.name} /> : values.country}
            </FixedField>
          ) : (
            <SelectField
              id="cp-country"
              label={labels.country}
              required
              value={values.country}
              onChange={(value) => set("country", value)}
              error={errors.country}
              placeholder={t("common.choose")}
              options={reference.countries
                .filter((item) => item.status === "member")
                .map((item) => ({ value: item.code, label: text(item.name) }))
                .sort((a, b) => a.label.localeCompare(b.label, language))}
            />
          )}
          {lockedFields.has("network") ? (
            <FixedField id="cp-network" label={labels.network} error={errors.network}>
              {network ? <Localized value={network.name} /> : values.network}
            </FixedField>
          ) : (
            <SelectField
              id="cp-network"
              label={labels.network}
              required
              value={values.network}
              onChange={(value) => set("network", value)}
              error={errors.network}
              placeholder={t("common.choose")}
              options={reference.networks.map((item) => ({
                value: item.code,
                label: localizedString(item.abbreviation, language) || text(item.name),
              }))}
            />
          )}
          {lockedFields.has("topic") ? (
            <FixedField id="cp-topic" label={labels.topic} error={errors.topic}>
              {topic ? <Localized value={topic.name} /> : values.topic}
            </FixedField>
          ) : (
            <SelectField
              id="cp-topic"
              label={labels.topic}
              required
              value={values.topic}
              onChange={(value) => set("topic", value)}
              error={errors.topic}
              placeholder={t("common.choose")}
              options={reference.topics.map((item) => ({ value: item.code, label: text(item.name) }))}
            />
          )}
        </fieldset>
        <fieldset className="form-section">
          <legend>{t("contacts.form.personLegend")}</legend>
          <TextField id="cp-name" label={labels.name} required autoComplete="off" maxLength={200}
            value={values.name} onChange={(value) => set("name", value)} error={errors.name} saved={saved("name")} />
          <TextField id="cp-position" label={labels.position} autoComplete="off" maxLength={200}
            value={values.position} onChange={(value) => set("position", value)} error={errors.position} saved={saved("position")} />
          <TextField id="cp-institution" label={labels.institution} required autoComplete="off" maxLength={200}
            value={values.institution} onChange={(value) => set("institution", value)} error={errors.institution} saved={saved("institution")} />
          <TextField id="cp-email" label={labels.email} type="email" inputMode="email" required autoComplete="off"
            value={values.email} onChange={(value) => set("email", value)} error={errors.email} saved={saved("email")} />
          <TextField id="cp-phone" label={labels.phone} type="tel" inputMode="tel" autoComplete="off" width="medium"
            hint={t("contacts.form.phoneHint")}
            value={values.phone} onChange={(value) => set("phone", value)} error={errors.phone} saved={saved("phone")} />
          <CheckboxGroup id="cp-languages" label={labels.languages} hint={t("contacts.form.languagesHint")}
            values={values.languages} onChange={(value) => set("languages", value)} error={errors.languages} saved={savedLanguages}
            options={reference.process.languages.map((code) => ({ value: code, label: languageNames[code], lang: code }))} />
        </fieldset>
        <fieldset className="form-section">
          <legend>{t("contacts.form.termLegend")}</legend>
          <DateField id="cp-valid_from" label={labels.valid_from} required width="short"
            value={values.valid_from} onChange={(value) => set("valid_from", value)} error={errors.valid_from} saved={saved("valid_from")} />
          <DateField id="cp-valid_to" label={labels.valid_to} width="short" hint={t("contacts.form.validToHint")}
            value={values.valid_to} onChange={(value) => set("valid_to", value)} error={errors.valid_to} saved={saved("valid_to")} />
        </fieldset>
        {children}
        <div className="form-actions">
          <SubmitButton submitting={form.submitting} label={submitLabel} />
        </div>
      </form>
    </>
  );
}
