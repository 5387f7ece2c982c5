// The page of the e-mailed link, /reset-password?token=…: the new password twice, with its rules
// shown; then signing in with it. A link that cannot be used (unknown, used, replaced by a newer
// one, expired) is said in the server's words, with a way to ask for a new one.

import { useState } from "react";
import { ErrorSummary, useForm } from "../../components/form";
import { TextField } from "../../components/fields";
import { Notice } from "../../components/feedback";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link, useLocation } from "../../components/router";
import { useSession } from "../../app";
import { sessionPaths } from "./routes";
import "./styles.css";

const minimumLength = 12;

export default function ResetPasswordPage() {
  const { t } = useI18n();
  const { api } = useSession();
  const token = useLocation().search.get("token") ?? "";
  const [done, setDone] = useState(false);
  const form = useForm({
    initial: { password: "", repeat_password: "" },
    validate: (values) => ({
      ...(values.password === ""
        ? { password: { key: "errors.required" as const } }
        : [...values.password].length < minimumLength
          ? { password: { key: "reset.tooShort" as const } }
          : {}),
      ...(values.password !== "" && values.repeat_password !== values.password
        ? { repeat_password: { key: "reset.passwordsDiffer" as const } }
        : {}),
    }),
    onSubmit: async (values) => {
      await api.completePasswordReset(token, values.password);
      setDone(true);
    },
  });
  const labels = { password: t("reset.newPassword"), repeat_password: t("reset.repeatPassword") };
  return (
    <div className="narrow-page">
      <PageHeading title={t("reset.title")}>{t("reset.title")}</PageHeading>
      {done ? (
        <>
          <Notice tone="success" focus>
            <p>{t("reset.done")}</p>
          </Notice>
          <p>
            <Link className="button" to={sessionPaths.login()}>
              {t("reset.signIn")}
            </Link>
          </p>
        </>
      ) : token === "" ? (
        <Notice tone="warning">
          <p>{t("reset.noToken")}</p>
        </Notice>
      ) : (
        <>
          <p className="lead">{t("reset.intro")}</p>
          <ErrorSummary failure={form.failure} errors={form.errors} labels={labels} idPrefix="reset" summaryRef={form.summaryRef} />
          <form className="form" onSubmit={form.handleSubmit} noValidate aria-label={t("reset.title")}>
            <TextField id="reset-password" label={labels.password} type="password" autoComplete="new-password" required
              hint={t("reset.newPasswordHint")} value={form.values.password} onChange={(value) => form.set("password", value)}
              error={form.errors.password} />
            <TextField id="reset-repeat_password" label={labels.repeat_password} type="password" autoComplete="new-password" required
              value={form.values.repeat_password} onChange={(value) => form.set("repeat_password", value)}
              error={form.errors.repeat_password} />
            <div className="form-actions">
              <button type="submit" className="button" disabled={form.submitting}>
                {form.submitting ? t("reset.saving") : t("reset.save")}
              </button>
            </div>
          </form>
        </>
      )}
      {!done && (
        <p>
          <Link to={sessionPaths.forgotPassword()}>{t("reset.askAgain")}</Link>
        </p>
      )}
    </div>
  );
}
