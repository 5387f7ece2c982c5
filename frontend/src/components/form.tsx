// Form state shared by every form: typed values that are never thrown away, errors next to
// their fields, a summary at the top that takes focus and is announced, and the handling of the
// API's answers (422 field errors, 412 stale versions, anything else with its request id).

import { useCallback, useEffect, useRef, useState, type FormEvent, type RefObject } from "react";
import { isApiError, type ApiError, type FieldError } from "../api/errors";
import { rebase } from "../domain/editing";
import type { RequestId } from "../domain/ids";
import type { Language } from "../domain/language";
import { useI18n } from "./i18n";
import { useLeaveGuard } from "./router";
import { renderMessage, type Message } from "./messages";
import { loadServerTexts } from "./serverTexts";

export type FieldErrors<Name extends string> = Partial<Record<Name, Message>>;

export type FormFailure = {
  readonly kind: "validation" | "stale" | "forbidden" | "network" | "general";
  readonly message: Message;
  readonly requestId: RequestId | null;
  /** Field errors from the server for fields this form does not show. */
  readonly otherFields: readonly Message[];
};

export type FormState<Values extends Record<string, unknown>> = {
  readonly values: Values;
  readonly set: <Name extends keyof Values>(name: Name, value: Values[Name]) => void;
  readonly replaceValues: (values: Values) => void;
  readonly errors: FieldErrors<keyof Values & string>;
  readonly failure: FormFailure | null;
  readonly submitting: boolean;
  /** Values last saved on the server, when they were reloaded after a stale-version refusal. */
  readonly savedValues: Values | null;
  readonly showSaved: (values: Values) => void;
  /** After a stale-version reload: the saved value of a field where it differs from the typed one. */
  readonly savedValue: <Name extends keyof Values>(name: Name) => Values[Name] | undefined;
  readonly summaryRef: RefObject<HTMLDivElement | null>;
  readonly handleSubmit: (event: FormEvent) => void;
};

/** What the codes of the domain validators (domain/meetingForms, contactPoints…) mean. */
export const validationMessages = {
  required: { key: "errors.required" },
  invalidDate: { key: "errors.invalidDate" },
  dateOrder: { key: "errors.dateOrder" },
  invalidUrl: { key: "errors.invalidUrl" },
  invalidNumber: { key: "errors.invalidNumber" },
  headingTopLevel: { key: "errors.headingTopLevel" },
  invalidProgress: { key: "errors.invalidProgress" },
  tooLong: { key: "errors.tooLong" },
  invalidEmail: { key: "errors.invalidEmail" },
  oneLanguage: { key: "errors.oneLanguage" },
  invalidPhone: { key: "errors.invalidPhone" },
} as const satisfies Record<string, Message>;

/**
 * Client-side field errors from a domain validator's codes: each code ("required",
 * "invalidDate"…) becomes the message that explains it (usually from `validationMessages`);
 * `nameFor` renames a validator's field where the form calls it differently.
 */
export function fieldErrorsFrom<Name extends string, Code extends string, Field extends string = Name>(
  codes: Partial<Record<Name, Code>>,
  messages: Readonly<Record<Code, Message>>,
  nameFor?: (name: Name) => Field,
): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  for (const [name, code] of Object.entries(codes) as [Name, Code | undefined][]) {
    // Without `nameFor`, Field is Name: the form's fields are named as the validator's.
    if (code !== undefined) errors[nameFor ? nameFor(name) : (name as string as Field)] = messages[code];
  }
  return errors;
}

/** A text the server sent, with what it takes to show it again in the other language. */
export function serverMessage(code: string, text: string, language: Language | null | undefined, prefix?: string): Message {
  void loadServerTexts();
  return { text, code, ...(language ? { language } : {}), ...(prefix ? { prefix } : {}) };
}

export function failureFromError(error: unknown): FormFailure {
  if (!isApiError(error)) {
    return { kind: "general", message: { key: "errors.unexpected" }, requestId: null, otherFields: [] };
  }
  return failureFromApiError(error);
}

function failureFromApiError(error: ApiError): FormFailure {
  const base = { requestId: error.requestId, otherFields: [] as Message[] };
  if (error.status === 0) return { ...base, kind: "network", message: { key: "errors.network" } };
  if (error.status === 412) return { ...base, kind: "stale", message: { key: "errors.stale" } };
  if (error.isSessionMissing) return { ...base, kind: "general", message: { key: "errors.sessionExpiredForm" } };
  const message: Message = error.hasServerMessage ? serverMessage(error.code, error.message, error.language) : { key: "errors.unexpected" };
  if (error.status === 401) return { ...base, kind: "validation", message };
  if (error.status === 422) return { ...base, kind: "validation", message };
  if (error.status === 403) return { ...base, kind: "forbidden", message };
  return { ...base, kind: "general", message };
}

/**
 * The fields of `form` whose text is over the limit they show (data-max-length), named as the
 * form's values: a control "<prefix>-<name>" is the value <name>, and "<prefix>-<name>-…" (a row
 * of a list, like an agenda item) the list <name>.
 */
export function overLimitFields<Values extends Record<string, unknown>>(
  form: EventTarget | null,
  values: Values,
): FieldErrors<keyof Values & string> {
  const errors: FieldErrors<keyof Values & string> = {};
  if (!(form instanceof HTMLElement)) return errors;
  for (const control of Array.from(form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("[data-max-length]"))) {
    const max = Number(control.dataset.maxLength);
    const count = [...control.value].length;
    if (!Number.isFinite(max) || count <= max) continue;
    const rest = control.id.slice(control.id.indexOf("-") + 1);
    const name = rest in values ? rest : rest.split("-")[0];
    if (name !== undefined && name in values) errors[name as keyof Values & string] ??= { key: "errors.tooLongBy", params: { max, over: count - max } };
  }
  return errors;
}

export function useForm<Values extends Record<string, unknown>>(options: {
  initial: Values;
  /** Client-side checks, run before anything is sent. */
  validate?: (values: Values) => FieldErrors<keyof Values & string>;
  /** Sends the values; throw the ApiError to have it shown. */
  onSubmit: (values: Values) => Promise<void>;
  /** Maps a server error that names no field (e.g. 403 wrong_country) onto a field. */
  fieldForError?: (error: ApiError) => (keyof Values & string) | null;
  /** Maps a server field name ("place.city") onto a form field when the names differ. */
  fieldFor?: (serverField: string) => (keyof Values & string) | null;
  /** Our own words for a server field error code, where the server's message says too little. */
  messageFor?: (field: FieldError) => Message | null;
  /** False for forms whose typing is not worth a warning (filters, sign-in). */
  warnOnLeave?: boolean;
}): FormState<Values> {
  const [values, setValues] = useState<Values>(options.initial);
  const [errors, setErrors] = useState<FieldErrors<keyof Values & string>>({});
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [savedValues, setSavedValues] = useState<Values | null>(null);
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement | null>(null);
  const { t } = useI18n();
  // Unsaved changes: what is typed differs from what the form started with and from what it
  // last saved (a form that empties itself after sending is not dirty).
  const [initialJson] = useState(() => JSON.stringify(options.initial));
  const [savedJson, setSavedJson] = useState(initialJson);
  const valuesJson = JSON.stringify(values);
  const dirty = valuesJson !== initialJson && valuesJson !== savedJson;
  const sending = useRef(false);
  const leavingAllowed = useCallback(() => sending.current, []);
  useLeaveGuard(dirty && options.warnOnLeave !== false, t("form.unsavedChanges"), leavingAllowed);

  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);

  const set = useCallback(<Name extends keyof Values>(name: Name, value: Values[Name]) => {
    setValues((previous) => ({ ...previous, [name]: value }));
  }, []);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (submitting) return;
    const { validate, onSubmit, fieldForError, fieldFor, messageFor } = options;
    // Every check at once: the form's own, and the length limits its fields show (fields.tsx).
    const clientErrors = { ...overLimitFields(event.currentTarget, values), ...(validate?.(values) ?? {}) };
    if (Object.keys(clientErrors).length > 0) {
      setErrors(clientErrors);
      setFailure({ kind: "validation", message: { key: "errors.checkFields" }, requestId: null, otherFields: [] });
      setAttempt((n) => n + 1);
      return;
    }
    setSubmitting(true);
    setErrors({});
    setFailure(null);
    // A form that saves may move on to another page: that is not leaving unsaved changes.
    sending.current = true;
    onSubmit(values)
      .then(() => {
        setSavedValues(null);
        setSavedJson(JSON.stringify(values));
      })
      .catch((error: unknown) => {
        const next = failureFromError(error);
        const fieldErrors: FieldErrors<keyof Values & string> = {};
        const otherFields: Message[] = [];
        if (isApiError(error)) {
          for (const field of error.fields) {
            const message: Message = messageFor?.(field) ?? (field.message ? serverMessage(field.code, field.message, field.language) : { key: "errors.invalidField" });
            const name = fieldFor?.(field.field) ?? (field.field in values ? (field.field as keyof Values & string) : null);
            if (name) fieldErrors[name] ??= message;
            else otherFields.push(field.message ? serverMessage(field.code, field.message, field.language, field.field) : message);
          }
          const mapped = fieldForError?.(error);
          if (mapped && error.hasServerMessage) fieldErrors[mapped] ??= serverMessage(error.code, error.message, error.language);
        }
        setErrors(fieldErrors);
        setFailure({ ...next, otherFields });
        setAttempt((n) => n + 1);
      })
      .finally(() => {
        sending.current = false;
        setSubmitting(false);
      });
  };

  return {
    values,
    set,
    replaceValues: setValues,
    errors,
    failure,
    submitting,
    savedValues,
    showSaved: (saved) => {
      setSavedValues(saved);
      setFailure(null);
    },
    savedValue: (name) => (savedValues && savedValues[name] !== values[name] ? savedValues[name] : undefined),
    summaryRef,
    handleSubmit,
  };
}

/**
 * Editing a versioned record: after a stale-version refusal (412), loads the latest saved
 * version, keeps what the user changed on top of it (see `rebase`), moves `base` to that
 * version and shows the saved values beside the fields. `fetchLatest` answers null when there
 * is nothing to reload. `reloaded` counts the reloads done.
 */
export function useLatestVersion<Values extends Record<string, unknown>, V>(
  form: FormState<Values>,
  base: RefObject<{ version: V; values: Values }>,
  fetchLatest: () => Promise<{ version: V; values: Values } | null>,
): { loadLatest: () => void; reloading: boolean; reloaded: number } {
  const [reloading, setReloading] = useState(false);
  const [reloaded, setReloaded] = useState(0);
  const loadLatest = () => {
    setReloading(true);
    fetchLatest()
      .then((latest) => {
        if (!latest) return;
        form.replaceValues(rebase(base.current.values, form.values, latest.values));
        base.current = latest;
        form.showSaved(latest.values);
        setReloaded((n) => n + 1);
      })
      .catch(() => undefined)
      .finally(() => setReloading(false));
  };
  return { loadLatest, reloading, reloaded };
}

/** A form's main button: disabled while the form is being sent, and saying so. */
export function SubmitButton({ submitting, label }: { submitting: boolean; label: string }) {
  const { t } = useI18n();
  return (
    <button type="submit" className="button" disabled={submitting}>
      {submitting ? t("common.saving") : label}
    </button>
  );
}

/**
 * The box at the top of a form after a failed submit: what went wrong, links to each field in
 * error, the request id for support, and (for a stale version, when `onLoadLatest` is given)
 * the offer to load the latest version.
 */
export function ErrorSummary<Name extends string>({
  failure,
  errors,
  labels,
  idPrefix,
  summaryRef,
  onLoadLatest,
  reloading = false,
}: {
  failure: FormFailure | null;
  errors: FieldErrors<Name>;
  labels: Partial<Record<Name, string>>;
  idPrefix: string;
  summaryRef: RefObject<HTMLDivElement | null>;
  onLoadLatest?: (() => void) | undefined;
  reloading?: boolean | undefined;
}) {
  const { t, language } = useI18n();
  const fieldEntries = Object.entries(errors) as [Name, Message | undefined][];
  return (
    <div ref={summaryRef} tabIndex={-1} role="alert" className={failure ? "error-summary" : "error-summary empty"}>
      {failure && (
        <>
          <h2 className="error-summary-title">{t(failure.kind === "stale" ? "errors.staleTitle" : "errors.title")}</h2>
          <p>{renderMessage(failure.message, t, language)}</p>
          {(fieldEntries.length > 0 || failure.otherFields.length > 0) && (
            <ul>
              {fieldEntries.map(([name, message]) =>
                message ? (
                  <li key={name}>
                    <a href={`#${idPrefix}-${name}`}>
                      {labels[name] ?? name}: {renderMessage(message, t, language)}
                    </a>
                  </li>
                ) : null,
              )}
              {failure.otherFields.map((message, index) => (
                <li key={`other-${index}`}>{renderMessage(message, t, language)}</li>
              ))}
            </ul>
          )}
          {failure.requestId && (
            <p className="request-id">
              {t("errors.requestId")} <code>{failure.requestId}</code>
            </p>
          )}
          {failure.kind === "stale" && onLoadLatest && (
            <p>
              <button type="button" className="button button-secondary" onClick={onLoadLatest} disabled={reloading}>
                {t("contacts.form.loadLatest")}
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}
