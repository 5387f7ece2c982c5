import { useState } from "react";
import { roles, type Role, type User } from "../../domain/model";
import { isLanguage } from "../../domain/language";
import { Notice } from "../../components/feedback";
import { useForm } from "../../components/form";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link } from "../../components/router";
import { WithReference, type ReferenceData, useApi } from "../../app";
import { needsCountry, needsOrganization } from "./parts";
import { UserForm, validateUser, type UserFormValues } from "./UserForm";
import { userPaths } from "./routes";

function NewUserForm({ reference, onCreated }: { reference: ReferenceData; onCreated: (user: User, password: string) => void }) {
  const api = useApi();
  const { t, language } = useI18n();
  const form = useForm<UserFormValues>({
    initial: { email: "", name: "", role: "", country: "", organization: "", language, active: true },
    validate: (values) => validateUser(values, true),
    onSubmit: async (values) => {
      const role = (roles as readonly string[]).includes(values.role) ? (values.role as Role) : "secretariat";
      const created = await api.createUser({
        email: values.email.trim(),
        name: values.name.trim(),
        role,
        country: needsCountry(role) ? values.country : null,
        organization: needsOrganization(role) ? values.organization : null,
        language: isLanguage(values.language) ? values.language : language,
      });
      onCreated(created.user, created.password);
    },
  });
  return <UserForm form={form} reference={reference} isNew submitLabel={t("users.create")} />;
}

export default function NewUserPage() {
  const { t } = useI18n();
  const [created, setCreated] = useState<{ user: User; password: string } | null>(null);
  return (
    <>
      <p className="breadcrumb">
        <Link to={userPaths.users()}>{t("users.title")}</Link>
      </p>
      <PageHeading title={t("users.newTitle")}>{t("users.newTitle")}</PageHeading>
      {created ? (
        <Notice tone="success" focus>
          <p>{t("users.created", { name: created.user.name, email: created.user.email })}</p>
          <p>
            {t("users.passwordOnce")} <code className="secret">{created.password}</code>
          </p>
          <p>
            <Link to={userPaths.user(created.user.id)}>{t("users.openUser")}</Link>
            {" · "}
            <Link to={userPaths.users()}>{t("users.backToList")}</Link>
          </p>
        </Notice>
      ) : (
        <WithReference>{(reference) => <NewUserForm reference={reference} onCreated={(user, password) => setCreated({ user, password })} />}</WithReference>
      )}
    </>
  );
}
