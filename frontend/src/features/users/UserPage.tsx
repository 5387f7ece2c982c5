// One user, for the secretariat: correct their account (with If-Match, and the stale-version
// reload that keeps what was typed) or generate a new password shown once.

import { useRef, useState } from "react";
import type { UserChange } from "../../api/client";
import type { UserId, Version } from "../../domain/ids";
import { isLanguage } from "../../domain/language";
import { roles, type Role, type User } from "../../domain/model";
import { LoadPending, Notice } from "../../components/feedback";
import { ErrorSummary, useForm, useLatestVersion } from "../../components/form";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import { WithReference, type ReferenceData, useApi } from "../../app";
import { needsCountry, needsOrganization } from "./parts";
import { UserForm, validateUser, type UserFormValues } from "./UserForm";
import { userPaths } from "./routes";

function valuesOf(user: User): UserFormValues {
  return {
    email: user.email,
    name: user.name,
    role: user.role,
    country: user.country ?? "",
    organization: user.organization ?? "",
    language: user.language,
    active: user.active,
  };
}

function changeOf(saved: UserFormValues, edited: UserFormValues): UserChange {
  const role = (roles as readonly string[]).includes(edited.role) ? (edited.role as Role) : undefined;
  const change: UserChange = {};
  if (edited.name.trim() !== saved.name) change.name = edited.name.trim();
  if (role && role !== saved.role) change.role = role;
  const country = role && needsCountry(role) ? edited.country : "";
  const organization = role && needsOrganization(role) ? edited.organization : "";
  if (country !== saved.country) change.country = country || null;
  if (organization !== saved.organization) change.organization = organization || null;
  if (edited.language !== saved.language && isLanguage(edited.language)) change.language = edited.language;
  if (edited.active !== saved.active) change.active = edited.active;
  return change;
}

function EditUser({ user, reference, onSaved }: { user: User; reference: ReferenceData; onSaved: (user: User) => void }) {
  const api = useApi();
  const { t } = useI18n();
  const [initialValues] = useState(() => valuesOf(user));
  const base = useRef<{ version: Version; values: UserFormValues }>({ version: user.version, values: initialValues });
  const [saved, setSaved] = useState(false);
  const form = useForm<UserFormValues>({
    initial: initialValues,
    validate: (values) => validateUser(values, false),
    onSubmit: async (values) => {
      setSaved(false);
      const change = changeOf(base.current.values, values);
      if (Object.keys(change).length === 0) return;
      const updated = await api.updateUser(user.id, change, base.current.version);
      base.current = { version: updated.version, values: valuesOf(updated) };
      setSaved(true);
      onSaved(updated);
    },
  });
  const { loadLatest, reloading } = useLatestVersion(form, base, async () => {
    const latest = await api.user(user.id);
    return { version: latest.version, values: valuesOf(latest) };
  });
  return (
    <section aria-labelledby="edit-user-title">
      <h2 id="edit-user-title">{t("users.editTitle")}</h2>
      {saved && (
        <Notice tone="success">
          <p>{t("users.saved")}</p>
        </Notice>
      )}
      {form.savedValues && (
        <Notice tone="warning" focus>
          <p>{t("contacts.form.latestLoaded")}</p>
        </Notice>
      )}
      <UserForm
        form={form}
        reference={reference}
        isNew={false}
        submitLabel={t("common.save")}
        onLoadLatest={loadLatest}
        reloading={reloading}
      />
    </section>
  );
}

function ResetPassword({ user }: { user: User }) {
  const api = useApi();
  const { t } = useI18n();
  const [password, setPassword] = useState<string | null>(null);
  const form = useForm<Record<string, never>>({
    initial: {},
    onSubmit: async () => setPassword(await api.resetPassword(user.id)),
  });
  return (
    <section aria-labelledby="reset-title" className="action-panel section-gap">
      <h2 id="reset-title">{t("users.resetTitle")}</h2>
      <p>{t("users.resetHelp")}</p>
      <ErrorSummary failure={form.failure} errors={form.errors} labels={{}} idPrefix="reset" summaryRef={form.summaryRef} />
      {password ? (
        <Notice tone="success" focus>
          <p>
            {t("users.passwordOnce")} <code className="secret">{password}</code>
          </p>
        </Notice>
      ) : (
        <form onSubmit={form.handleSubmit} noValidate>
          <button type="submit" className="button button-secondary" disabled={form.submitting}>
            {t("users.resetSubmit")}
          </button>
        </form>
      )}
    </section>
  );
}

export default function UserPage({ id }: { id: UserId }) {
  const api = useApi();
  const { t, dateTime } = useI18n();
  const load = useLoad(() => api.user(id), String(id));
  const [current, setCurrent] = useState<User | null>(null);
  const user = current ?? (load.state === "ready" ? load.data : null);
  return (
    <>
      <p className="breadcrumb">
        <Link to={userPaths.users()}>{t("users.title")}</Link>
      </p>
      <PageHeading title={user ? user.name : t("users.userTitle")}>{user ? user.name : t("users.userTitle")}</PageHeading>
      <LoadPending load={load} />
      {user && (
        <>
          <p className="lead">
            <span className="break">{user.email}</span> · {t("users.createdAt", { date: dateTime(user.created_at) })}
          </p>
          <WithReference>
            {(reference) => <EditUser user={user} reference={reference} onSaved={setCurrent} />}
          </WithReference>
          <ResetPassword user={user} />
        </>
      )}
    </>
  );
}
