// "Forgot your password?": the address of the account, then the same answer whether or not an
// account has it (the server sends the link only when one does).

import { useState } from "react";
import { ErrorSummary, useForm } from "../../components/form";
import { TextField } from "../../components/fields";
import { Notice } from "../../components/feedback";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link } from "../../components/router";
import { useSession } from "../../app";
import { sessionPaths } from "./routes";
import "./styles.css";

export default function ForgotPasswordPage() {
  const { t } = useI18n();
  const { api } = useSession();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm({
    initial: { email: "" },
    validate: (values) => (values.email.trim() === "" ? { email: { key: "reset.emailRequired" as const } } : {}),
    onSubmit: async (values) => {
      await api.requestPasswordReset(values.email.trim());
      setSentTo(values.email.trim());
    },
  });
  const labels = { email: t("reset.email") };
  return (
    <div className="narrow-page">
      <PageHeading title={t("reset.forgotTitle")}>{t("reset.forgotTitle")}</PageHeading>
      {sentTo !== null ? (
        <Notice tone="success" focus>
          <p>{t("reset.sent", { email: sentTo })}</p>
        </Notice>
      ) : (
        <>
          <p className="lead">{t("reset.forgotIntro")}</p>
          <ErrorSummary failure={form.failure} errors={form.errors} labels={labels} idPrefix="forgot" summaryRef={form.summaryRef} />
          <form className="form" onSubmit={form.handleSubmit} noValidate aria-label={t("reset.forgotTitle")}>
            <TextField id="forgot-email" label={labels.email} type="email" autoComplete="username" inputMode="email" required
              value={form.values.email} onChange={(value) => form.set("email", value)} error={form.errors.email} />
            <div className="form-actions">
              <button type="submit" className="button" disabled={form.submitting}>
                {form.submitting ? t("reset.sending") : t("reset.send")}
              </button>
            </div>
          </form>
        </>
      )}
      <p>
        <Link to={sessionPaths.login()}>{t("reset.backToLogin")}</Link>
      </p>
    </div>
  );
}
