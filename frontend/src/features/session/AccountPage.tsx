// My account: the name and language of my profile (PATCH /me with If-Match) and my password.

import { useRef, useState } from "react";
import type { Version } from "../../domain/ids";
import { isLanguage, languageNames, languages } from "../../domain/language";
import { Localized, Notice } from "../../components/feedback";
import { SelectField, TextField } from "../../components/fields";
import { ErrorSummary, useForm, useLatestVersion } from "../../components/form";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { useReference, useSession, useUser } from "../../app";
import { Detail } from "../../components/Detail";
import { CalendarFeed } from "./CalendarFeed";
import { SessionsPanel, TwoStepPanel } from "./Security";
import "./styles.css";

function Profile() {
  const { api, updateUser } = useSession();
  const user = useUser();
  const { t, chooseLanguage } = useI18n();
  const [initialValues] = useState(() => ({ name: user.name, language: user.language as string }));
  const base = useRef<{ version: Version; values: { name: string; language: string } }>({ version: user.version, values: initialValues });
  const [saved, setSaved] = useState(false);
  const form = useForm({
    initial: initialValues,
    validate: (values) => (values.name.trim() === "" ? { name: { key: "errors.required" } } : {}),
    onSubmit: async (values) => {
      setSaved(false);
      const change: { name?: string; language?: "es" | "en" } = {};
      if (values.name.trim() !== base.current.values.name) change.name = values.name.trim();
      if (values.language !== base.current.values.language && isLanguage(values.language)) change.language = values.language;
      if (Object.keys(change).length === 0) return;
      const updated = await api.updateMe(change, base.current.version);
      base.current = { version: updated.version, values: { name: updated.name, language: updated.language } };
      updateUser(updated);
      if (change.language) chooseLanguage(updated.language);
      setSaved(true);
    },
  });
  const { loadLatest, reloading } = useLatestVersion(form, base, async () => {
    const latest = await api.me();
    return { version: latest.version, values: { name: latest.name, language: latest.language as string } };
  });
  const labels = { name: t("account.name"), language: t("account.language") };
  return (
    <section aria-labelledby="profile-title" className="panel">
      <h2 id="profile-title">{t("account.profileTitle")}</h2>
      {saved && (
        <Notice tone="success">
          <p>{t("account.saved")}</p>
        </Notice>
      )}
      <ErrorSummary
        failure={form.failure}
        errors={form.errors}
        labels={labels}
        idPrefix="account"
        summaryRef={form.summaryRef}
        onLoadLatest={loadLatest}
        reloading={reloading}
      />
      <form className="form" onSubmit={form.handleSubmit} noValidate>
        <TextField id="account-name" label={labels.name} required autoComplete="name"
          value={form.values.name} onChange={(value) => form.set("name", value)} error={form.errors.name} saved={form.savedValue("name")} />
        <SelectField id="account-language" label={labels.language} required hint={t("account.languageHint")}
          value={form.values.language} onChange={(value) => form.set("language", value)} error={form.errors.language}
          saved={form.savedValue("language")}
          options={languages.map((code) => ({ value: code, label: languageNames[code], lang: code }))} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={form.submitting}>
            {t("common.save")}
          </button>
        </div>
      </form>
    </section>
  );
}

function Password() {
  const { api } = useSession();
  const { t } = useI18n();
  const [changed, setChanged] = useState(false);
  const form = useForm({
    initial: { current_password: "", new_password: "", repeat_password: "" },
    validate: (values) => ({
      ...(values.current_password === "" ? { current_password: { key: "errors.required" as const } } : {}),
      ...(values.new_password === "" ? { new_password: { key: "errors.required" as const } } : {}),
      ...(values.new_password !== "" && values.repeat_password !== values.new_password
        ? { repeat_password: { key: "account.passwordsDiffer" as const } }
        : {}),
    }),
    onSubmit: async (values) => {
      setChanged(false);
      await api.changePassword(values.current_password, values.new_password);
      form.replaceValues({ current_password: "", new_password: "", repeat_password: "" });
      setChanged(true);
    },
  });
  const labels = {
    current_password: t("account.currentPassword"),
    new_password: t("account.newPassword"),
    repeat_password: t("account.repeatPassword"),
  };
  return (
    <section aria-labelledby="password-title" className="panel">
      <h2 id="password-title">{t("account.passwordTitle")}</h2>
      {changed && (
        <Notice tone="success">
          <p>{t("account.passwordChanged")}</p>
        </Notice>
      )}
      <ErrorSummary failure={form.failure} errors={form.errors} labels={labels} idPrefix="password" summaryRef={form.summaryRef} />
      <form className="form" onSubmit={form.handleSubmit} noValidate>
        <TextField id="password-current_password" label={labels.current_password} type="password" required autoComplete="current-password"
          value={form.values.current_password} onChange={(value) => form.set("current_password", value)} error={form.errors.current_password} />
        <TextField id="password-new_password" label={labels.new_password} type="password" required autoComplete="new-password"
          hint={t("account.newPasswordHint")}
          value={form.values.new_password} onChange={(value) => form.set("new_password", value)} error={form.errors.new_password} />
        <TextField id="password-repeat_password" label={labels.repeat_password} type="password" required autoComplete="new-password"
          value={form.values.repeat_password} onChange={(value) => form.set("repeat_password", value)} error={form.errors.repeat_password} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={form.submitting}>
            {t("account.changePassword")}
          </button>
        </div>
      </form>
    </section>
  );
}

export default function AccountPage() {
  const user = useUser();
  const { t } = useI18n();
  const reference = useReference();
  const country = reference?.country(user.country);
  const organization = reference?.organization(user.organization);
  return (
    <>
      <PageHeading title={t("account.title")}>{t("account.title")}</PageHeading>
      <dl className="details">
        <Detail term={t("account.email")} valueClassName="break">{user.email}</Detail>
        <Detail term={t("account.role")}>{t(`roles.${user.role}`)}</Detail>
        {country && (
          <Detail term={t("account.country")}>
            <Localized value={country.name} />
          </Detail>
        )}
        {organization && (
          <Detail term={t("account.organization")}>
            <Localized value={organization.name} />
          </Detail>
        )}
      </dl>
      <Profile />
      <CalendarFeed />
      <Password />
      <TwoStepPanel />
      <SessionsPanel />
    </>
  );
}
