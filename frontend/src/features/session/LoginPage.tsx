import { useState } from "react";
import type { SignInStep } from "../../api/client";
import { useForm, ErrorSummary } from "../../components/form";
import { TextField } from "../../components/fields";
import { Notice } from "../../components/feedback";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { useSession } from "../../app";
import { Link } from "../../components/router";
import { sessionPaths } from "./routes";
import { SignInSteps } from "./SignInSteps";
import "./styles.css";

type LoginValues = { email: string; password: string };

export function LoginPage() {
  const { t } = useI18n();
  const { signIn, state } = useSession();
  const reason = state.status === "signedOut" ? state.reason : "none";
  const [pending, setPending] = useState<Exclude<SignInStep, { step: "done" }> | null>(null);
  const form = useForm<LoginValues>({
    initial: { email: "", password: "" },
    // Signing in moves on by itself; a half-typed e-mail is not worth a warning.
    warnOnLeave: false,
    validate: (values) => ({
      ...(values.email.trim() === "" ? { email: { key: "login.emailRequired" } } : {}),
      ...(values.password === "" ? { password: { key: "login.passwordRequired" } } : {}),
    }),
    onSubmit: async (values) => {
      // Once signed in, the app sends the user on to where they were going (App.tsx).
      const step = await signIn(values.email.trim(), values.password);
      if (step.step !== "done") setPending(step);
    },
  });
  const labels = { email: t("login.email"), password: t("login.password") };

  return (
    <div className="narrow-page">
      <PageHeading title={t("login.title")}>{t("login.title")}</PageHeading>
      <p className="lead">{t("login.intro")}</p>
      {reason === "expired" && (
        <Notice tone="warning">
          <p>{t("login.expired")}</p>
        </Notice>
      )}
      {reason === "signedOut" && (
        <Notice tone="info">
          <p>{t("login.signedOut")}</p>
        </Notice>
      )}
      {pending && (
        <SignInSteps
          first={pending}
          onRestart={() => {
            setPending(null);
            form.replaceValues({ email: form.values.email, password: "" });
          }}
        />
      )}
      {!pending && (
      <>
      <ErrorSummary failure={form.failure} errors={form.errors} labels={labels} idPrefix="login" summaryRef={form.summaryRef} />
      <form className="form" onSubmit={form.handleSubmit} noValidate aria-label={t("login.title")}>
        <TextField
          id="login-email"
          label={labels.email}
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          value={form.values.email}
          onChange={(value) => form.set("email", value)}
          error={form.errors.email}
        />
        <TextField
          id="login-password"
          label={labels.password}
          type="password"
          autoComplete="current-password"
          required
          value={form.values.password}
          onChange={(value) => form.set("password", value)}
          error={form.errors.password}
        />
        <p className="field-hint"><Link to={sessionPaths.forgotPassword()}>{t("reset.forgotLink")}</Link></p>
        <div className="form-actions">
          <button type="submit" className="button" disabled={form.submitting}>
            {form.submitting ? t("login.submitting") : t("login.submit")}
          </button>
        </div>
      </form>
      </>
      )}
    </div>
  );
}
