// The fields of a user account, shared by "new user" and "edit user". A country officer needs a
// country; observers and civil-society users need an organisation; the secretariat needs neither.

import { languageNames, languages } from "../../domain/language";
import { localizedString } from "../../domain/localized";
import { CheckboxField, SelectField, TextField } from "../../components/fields";
import { ErrorSummary, SubmitButton, type FieldErrors, type FormState } from "../../components/form";
import { useI18n } from "../../components/i18n";
import type { ReferenceData } from "../../app";
import { needsCountry, needsOrganization, roleOptions } from "./parts";

export type UserFormValues = {
  email: string;
  name: string;
  role: string;
  country: string;
  organization: string;
  language: string;
  active: boolean;
};

export function validateUser(values: UserFormValues, isNew: boolean): FieldErrors<keyof UserFormValues> {
  const errors: FieldErrors<keyof UserFormValues> = {};
  if (isNew && values.email.trim() === "") errors.email = { key: "errors.required" };
  if (values.name.trim() === "") errors.name = { key: "errors.required" };
  if (values.role === "") errors.role = { key: "errors.required" };
  if (needsCountry(values.role) && values.country === "") errors.country = { key: "errors.required" };
  if (needsOrganization(values.role) && values.organization === "") errors.organization = { key: "errors.required" };
  return errors;
}

export function UserForm({
  form,
  reference,
  isNew,
  submitLabel,
  onLoadLatest,
  reloading,
}: {
  form: FormState<UserFormValues>;
  reference: ReferenceData;
  isNew: boolean;
  submitLabel: string;
  /** Offered after a stale-version refusal (412): load the latest saved version. */
  onLoadLatest?: () => void;
  reloading?: boolean;
}) {
  const { t, text, language } = useI18n();
  const { values, errors, set, savedValue: saved } = form;
  const labels: Record<keyof UserFormValues, string> = {
    email: t("users.fields.email"),
    name: t("users.fields.name"),
    role: t("users.fields.role"),
    country: t("users.fields.country"),
    organization: t("users.fields.organization"),
    language: t("users.fields.language"),
    active: t("users.fields.active"),
  };
  return (
    <>
      <ErrorSummary failure={form.failure} errors={errors} labels={labels} idPrefix="user" summaryRef={form.summaryRef} onLoadLatest={onLoadLatest} reloading={reloading} />
      <form className="form" onSubmit={form.handleSubmit} noValidate>
        {isNew && (
          <TextField id="user-email" label={labels.email} type="email" inputMode="email" required autoComplete="off"
            value={values.email} onChange={(value) => set("email", value)} error={errors.email} />
        )}
        <TextField id="user-name" label={labels.name} required autoComplete="off"
          value={values.name} onChange={(value) => set("name", value)} error={errors.name} saved={saved("name")} />
        <SelectField id="user-role" label={labels.role} required placeholder={t("common.choose")}
          value={values.role} onChange={(value) => set("role", value)} error={errors.role} saved={saved("role")} options={roleOptions(t)} />
        {needsCountry(values.role) && (
          <SelectField id="user-country" label={labels.country} required placeholder={t("common.choose")}
            value={values.country} onChange={(value) => set("country", value)} error={errors.country} saved={saved("country")}
            options={reference.countries.filter((c) => c.status === "member").map((c) => ({ value: c.code, label: text(c.name) }))} />
        )}
        {needsOrganization(values.role) && (
          <SelectField id="user-organization" label={labels.organization} required placeholder={t("common.choose")}
            value={values.organization} onChange={(value) => set("organization", value)} error={errors.organization} saved={saved("organization")}
            options={reference.organizations.map((o) => ({
              value: o.code,
              label: `${localizedString(o.abbreviation, language, o.code)} — ${text(o.name)}`,
            }))} />
        )}
        <SelectField id="user-language" label={labels.language} required
          value={values.language} onChange={(value) => set("language", value)} error={errors.language} saved={saved("language")}
          options={languages.map((code) => ({ value: code, label: languageNames[code], lang: code }))} />
        {!isNew && (
          <CheckboxField id="user-active" label={labels.active} hint={t("users.activeHint")}
            checked={values.active} onChange={(checked) => set("active", checked)} />
        )}
        <div className="form-actions">
          <SubmitButton submitting={form.submitting} label={submitLabel} />
        </div>
      </form>
    </>
  );
}
