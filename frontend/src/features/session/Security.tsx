// The account page's security: the sessions the person has open (ending any of them), and
// two-step sign-in with an authenticator app (enrol with a QR code, recovery codes shown once,
// turn off with the password).

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import qrcode from "qrcode-generator";
import type { MfaStatus, SessionSummary, TotpEnrolment } from "../../api/client";
import { Notice } from "../../components/feedback";
import { TextField } from "../../components/fields";
import { ErrorSummary, failureFromError, useForm, type FormFailure } from "../../components/form";
import { useI18n } from "../../components/i18n";
import { useSession } from "../../app";

export function QrCode({ enrolment }: { enrolment: TotpEnrolment }) {
  const { t } = useI18n();
  const source = useMemo(() => {
    const code = qrcode(0, "M");
    code.addData(enrolment.uri);
    code.make();
    return code.createDataURL(5, 4);
  }, [enrolment.uri]);
  return (
    <div className="totp-enrolment">
      <p>{t("mfa.scan")}</p>
      <img className="totp-qr" src={source} alt={t("mfa.qrAlt")} width={200} height={200} />
      <p className="field-hint">{t("mfa.secretHint")}</p>
      <p>
        <code className="totp-secret break">{enrolment.secret.replace(/(.{4})/g, "$1 ").trim()}</code>
      </p>
    </div>
  );
}

export function RecoveryCodes({ codes }: { codes: readonly string[] }) {
  const { t } = useI18n();
  return (
    <Notice tone="warning">
      <p>{t("mfa.recoveryIntro")}</p>
      <ul className="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
    </Notice>
  );
}

function formatInstant(instant: string, language: string): string {
  return new Date(instant).toLocaleString(language === "en" ? "en-GB" : "es-ES", { dateStyle: "medium", timeStyle: "short" });
}

export function SessionsPanel() {
  const { api } = useSession();
  const { t, language } = useI18n();
  const [sessions, setSessions] = useState<readonly SessionSummary[] | null>(null);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const summaryRef = useRef<HTMLDivElement | null>(null);
  const load = useCallback(() => {
    api.mySessions().then(setSessions, (error: unknown) => setFailure(failureFromError(error)));
  }, [api]);
  useEffect(load, [load]);
  const end = (id: number) => {
    setFailure(null);
    api.endSession(id).then(load, (error: unknown) => setFailure(failureFromError(error)));
  };
  return (
    <section aria-labelledby="sessions-title" className="panel">
      <h2 id="sessions-title">{t("sessions.title")}</h2>
      <p>{t("sessions.intro")}</p>
      <ErrorSummary failure={failure} errors={{}} labels={{}} idPrefix="sessions" summaryRef={summaryRef} />
      {sessions && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("sessions.device")}</th>
              <th scope="col">{t("sessions.ip")}</th>
              <th scope="col">{t("sessions.created")}</th>
              <th scope="col">{t("sessions.lastSeen")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("sessions.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.id}>
                <td className="break">{session.user_agent || t("sessions.unknownDevice")}</td>
                <td>{session.ip}</td>
                <td>{formatInstant(session.created_at, language)}</td>
                <td>{formatInstant(session.last_seen_at, language)}</td>
                <td>
                  {session.current ? (
                    <strong>{t("sessions.current")}</strong>
                  ) : (
                    <button type="button" className="button button-secondary" onClick={() => end(session.id)}>
                      {t("sessions.end")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function EnrolForm({ enrolment, onDone }: { enrolment: TotpEnrolment; onDone: (codes: readonly string[]) => void }) {
  const { api } = useSession();
  const { t } = useI18n();
  const form = useForm({
    initial: { code: "" },
    validate: (values) => (values.code.trim() === "" ? { code: { key: "errors.required" as const } } : {}),
    onSubmit: async (values) => onDone(await api.confirmTotp(values.code.trim())),
  });
  const labels = { code: t("mfa.code") };
  return (
    <>
      <QrCode enrolment={enrolment} />
      <ErrorSummary failure={form.failure} errors={form.errors} labels={labels} idPrefix="mfa-enrol" summaryRef={form.summaryRef} />
      <form className="form" onSubmit={form.handleSubmit} noValidate aria-label={t("mfa.enrolTitle")}>
        <TextField id="mfa-enrol-code" label={labels.code} hint={t("mfa.firstCodeHint")} required autoComplete="one-time-code"
          inputMode="numeric" width="medium" value={form.values.code} onChange={(value) => form.set("code", value)}
          error={form.errors.code} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={form.submitting}>
            {t("mfa.confirm")}
          </button>
        </div>
      </form>
    </>
  );
}

function DisableForm({ onDone }: { onDone: () => void }) {
  const { api } = useSession();
  const { t } = useI18n();
  const form = useForm({
    initial: { password: "" },
    validate: (values) => (values.password === "" ? { password: { key: "errors.required" as const } } : {}),
    onSubmit: async (values) => {
      await api.disableTotp(values.password);
      onDone();
    },
  });
  const labels = { password: t("account.currentPassword") };
  return (
    <>
      <ErrorSummary failure={form.failure} errors={form.errors} labels={labels} idPrefix="mfa-disable" summaryRef={form.summaryRef} />
      <form className="form" onSubmit={form.handleSubmit} noValidate aria-label={t("mfa.disable")}>
        <TextField id="mfa-disable-password" label={labels.password} type="password" required autoComplete="current-password"
          value={form.values.password} onChange={(value) => form.set("password", value)} error={form.errors.password} />
        <div className="form-actions">
          <button type="submit" className="button button-danger" disabled={form.submitting}>
            {t("mfa.disable")}
          </button>
        </div>
      </form>
    </>
  );
}

export function TwoStepPanel() {
  const { api } = useSession();
  const { t } = useI18n();
  const [status, setStatus] = useState<MfaStatus | null>(null);
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [codes, setCodes] = useState<readonly string[] | null>(null);
  const [disabling, setDisabling] = useState(false);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const summaryRef = useRef<HTMLDivElement | null>(null);
  const load = useCallback(() => {
    api.mfaStatus().then(setStatus, (error: unknown) => setFailure(failureFromError(error)));
  }, [api]);
  useEffect(load, [load]);
  const start = () => {
    setFailure(null);
    setCodes(null);
    api.startTotp().then(setEnrolment, (error: unknown) => setFailure(failureFromError(error)));
  };
  return (
    <section aria-labelledby="mfa-title" className="panel">
      <h2 id="mfa-title">{t("mfa.title")}</h2>
      <p>{t("mfa.intro")}</p>
      <ErrorSummary failure={failure} errors={{}} labels={{}} idPrefix="mfa" summaryRef={summaryRef} />
      {codes && <RecoveryCodes codes={codes} />}
      {status && !status.enabled && !enrolment && (
        <>
          <p>{status.required ? t("mfa.offButRequired") : t("mfa.off")}</p>
          <button type="button" className="button" onClick={start}>
            {t("mfa.enable")}
          </button>
        </>
      )}
      {enrolment && (
        <EnrolForm
          enrolment={enrolment}
          onDone={(next) => {
            setEnrolment(null);
            setCodes(next);
            load();
          }}
        />
      )}
      {status?.enabled && (
        <>
          <p>{t("mfa.on", { count: String(status.recovery_codes_left) })}</p>
          {status.required ? (
            <p className="field-hint">{t("mfa.requiredHint")}</p>
          ) : disabling ? (
            <DisableForm
              onDone={() => {
                setDisabling(false);
                setCodes(null);
                load();
              }}
            />
          ) : (
            <button type="button" className="button button-secondary" onClick={() => setDisabling(true)}>
              {t("mfa.disable")}
            </button>
          )}
        </>
      )}
    </section>
  );
}
