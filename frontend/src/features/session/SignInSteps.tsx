// The steps of a sign-in after a right password: a code of the authenticator app (or a recovery
// code), the enrolment a role requires (QR code, first code, recovery codes shown once), or the
// change of an initial password. Each step has its own short-lived pending token.

import { useEffect, useState } from "react";
import type { SignInStep, TotpEnrolment } from "../../api/client";
import { useForm, ErrorSummary, failureFromError, type FormFailure } from "../../components/form";
import { TextField } from "../../components/fields";
import { Notice } from "../../components/feedback";
import { useI18n } from "../../components/i18n";
import { useSession } from "../../app";
import { QrCode, RecoveryCodes } from "./Security";

type Pending = Exclude<SignInStep, { step: "done" }>;

function CodeStep({ pending, onStep }: { pending: Pending; onStep: (step: SignInStep) => void }) {
  const { api } = useSession();
  const { t } = useI18n();
  const form = useForm({
    initial: { code: "" },
    validate: (values) => (values.code.trim() === "" ? { code: { key: "errors.required" as const } } : {}),
    onSubmit: async (values) => onStep(await api.signInWithCode(pending.pendingToken, values.code.trim())),
  });
  const labels = { code: t("mfa.code") };
  return (
    <>
      <p>{t("mfa.codeIntro")}</p>
      <ErrorSummary failure={form.failure} errors={form.errors} labels={labels} idPrefix="signin-code" summaryRef={form.summaryRef} />
      <form className="form" onSubmit={form.handleSubmit} noValidate aria-label={t("mfa.codeTitle")}>
        <TextField id="signin-code-code" label={labels.code} hint={t("mfa.codeHint")} required autoComplete="one-time-code"
          inputMode="numeric" width="medium" value={form.values.code} onChange={(value) => form.set("code", value)}
          error={form.errors.code} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={form.submitting}>
            {t("mfa.verify")}
          </button>
        </div>
      </form>
    </>
  );
}

function EnrolStep({ pending, onStep }: { pending: Pending; onStep: (step: SignInStep) => void }) {
  const { api } = useSession();
  const { t } = useI18n();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  useEffect(() => {
    let live = true;
    api.signInEnrolment(pending.pendingToken).then(
      (next) => live && setEnrolment(next),
      (error: unknown) => live && setFailure(failureFromError(error)),
    );
    return () => {
      live = false;
    };
  }, [api, pending.pendingToken]);
  const form = useForm({
    initial: { code: "" },
    validate: (values) => (values.code.trim() === "" ? { code: { key: "errors.required" as const } } : {}),
    onSubmit: async (values) => onStep(await api.signInConfirmEnrolment(pending.pendingToken, values.code.trim())),
  });
  const labels = { code: t("mfa.code") };
  return (
    <>
      <Notice tone="info">
        <p>{t("mfa.requiredIntro")}</p>
      </Notice>
      <ErrorSummary failure={failure ?? form.failure} errors={form.errors} labels={labels} idPrefix="signin-enrol" summaryRef={form.summaryRef} />
      {enrolment && (
        <>
          <QrCode enrolment={enrolment} />
          <form className="form" onSubmit={form.handleSubmit} noValidate aria-label={t("mfa.enrolTitle")}>
            <TextField id="signin-enrol-code" label={labels.code} hint={t("mfa.firstCodeHint")} required
              autoComplete="one-time-code" inputMode="numeric" width="medium" value={form.values.code}
              onChange={(value) => form.set("code", value)} error={form.errors.code} />
            <div className="form-actions">
              <button type="submit" className="button" disabled={form.submitting}>
                {t("mfa.confirm")}
              </button>
            </div>
          </form>
        </>
      )}
    </>
  );
}

function PasswordStep({ pending, onStep }: { pending: Pending; onStep: (step: SignInStep) => void }) {
  const { api } = useSession();
  const { t } = useI18n();
  const form = useForm({
    initial: { new_password: "", repeat_password: "" },
    validate: (values) => ({
      ...(values.new_password === "" ? { new_password: { key: "errors.required" as const } } : {}),
      ...(values.new_password !== "" && values.repeat_password !== values.new_password
        ? { repeat_password: { key: "account.passwordsDiffer" as const } }
        : {}),
    }),
    onSubmit: async (values) => onStep(await api.signInNewPassword(pending.pendingToken, values.new_password)),
  });
  const labels = { new_password: t("account.newPassword"), repeat_password: t("account.repeatPassword") };
  return (
    <>
      <Notice tone="info">
        <p>{t("mfa.initialPasswordIntro")}</p>
      </Notice>
      <ErrorSummary failure={form.failure} errors={form.errors} labels={labels} idPrefix="signin-password" summaryRef={form.summaryRef} />
      <form className="form" onSubmit={form.handleSubmit} noValidate aria-label={t("mfa.initialPasswordTitle")}>
        <TextField id="signin-password-new_password" label={labels.new_password} type="password" required
          autoComplete="new-password" hint={t("account.newPasswordHint")} value={form.values.new_password}
          onChange={(value) => form.set("new_password", value)} error={form.errors.new_password} />
        <TextField id="signin-password-repeat_password" label={labels.repeat_password} type="password" required
          autoComplete="new-password" value={form.values.repeat_password}
          onChange={(value) => form.set("repeat_password", value)} error={form.errors.repeat_password} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={form.submitting}>
            {t("account.changePassword")}
          </button>
        </div>
      </form>
    </>
  );
}

/** The step a pending sign-in is at; `onDone` receives the finished sign-in. */
export function SignInSteps({ first, onRestart }: { first: Pending; onRestart: () => void }) {
  const { finishSignIn } = useSession();
  const { t } = useI18n();
  const [pending, setPending] = useState<Pending>(first);
  const [codes, setCodes] = useState<{ step: SignInStep; codes: readonly string[] } | null>(null);
  const onStep = (step: SignInStep) => {
    if (step.step !== "done") {
      setPending(step);
    } else if (step.recoveryCodes.length > 0) {
      setCodes({ step, codes: step.recoveryCodes });
    } else {
      finishSignIn(step);
    }
  };
  if (codes) {
    return (
      <>
        <RecoveryCodes codes={codes.codes} />
        <div className="form-actions">
          <button type="button" className="button" onClick={() => finishSignIn(codes.step)}>
            {t("mfa.continue")}
          </button>
        </div>
      </>
    );
  }
  const title =
    pending.step === "code" ? t("mfa.codeTitle") : pending.step === "enrol" ? t("mfa.enrolTitle") : t("mfa.initialPasswordTitle");
  return (
    <section aria-labelledby="signin-step-title">
      <h2 id="signin-step-title">{title}</h2>
      {pending.step === "code" && <CodeStep key={pending.pendingToken} pending={pending} onStep={onStep} />}
      {pending.step === "enrol" && <EnrolStep key={pending.pendingToken} pending={pending} onStep={onStep} />}
      {pending.step === "password" && <PasswordStep key={pending.pendingToken} pending={pending} onStep={onStep} />}
      <p>
        <button type="button" className="button button-secondary" onClick={onRestart}>
          {t("mfa.restart")}
        </button>
      </p>
    </section>
  );
}
