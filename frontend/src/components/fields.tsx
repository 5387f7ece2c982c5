// Labelled form controls. Each control has a visible <label>, its hint and error tied to it with
// aria-describedby, aria-invalid when in error, and keeps whatever the user typed: the value
// lives in the form's state, never only in the DOM.

import { useRef, useState, type ReactNode } from "react";
import { addDays, dateInputExample, formatDateInput, parseDateInput } from "../domain/dateInput";
import { useI18n } from "./i18n";
import { renderMessage, type Message } from "./messages";

type Common = {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: Message | undefined;
  required?: boolean;
  /** The value last saved on the server, shown after a stale-version reload when it differs. */
  saved?: string | undefined;
  /** Set false where "optional" means nothing (filters). */
  optionalMarker?: boolean;
};

function describedBy(id: string, hint: string | undefined, error: Message | undefined, saved: string | undefined) {
  const ids = [hint ? `${id}-hint` : null, saved !== undefined ? `${id}-saved` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

function FieldParts({ id, hint, error, saved }: Pick<Common, "id" | "hint" | "error" | "saved">) {
  const { t, language } = useI18n();
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {saved !== undefined && (
        <p id={`${id}-saved`} className="field-saved">
          {t("form.savedValue")} <strong>{saved === "" ? t("form.emptyValue") : saved}</strong>
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">{t("form.errorPrefix")} </span>
          {renderMessage(error, t, language)}
        </p>
      )}
    </>
  );
}

function Label({ id, label, required, optionalMarker = true }: { id: string; label: string; required?: boolean | undefined; optionalMarker?: boolean | undefined }) {
  const { t } = useI18n();
  return (
    <label htmlFor={id} className="field-label">
      {label}
      {required || !optionalMarker ? null : <span className="field-optional"> {t("form.optional")}</span>}
    </label>
  );
}

/** A control's wrapper: its label, then its hint, saved value and error, then the control itself. */
function Field({ id, label, hint, error, required = false, saved, optionalMarker, children }: Common & { children: ReactNode }) {
  return (
    <div className={error ? "field has-error" : "field"}>
      <Label id={id} label={label} required={required} optionalMarker={optionalMarker} />
      <FieldParts id={id} hint={hint} error={error} saved={saved} />
      {children}
    </div>
  );
}

/** Characters as people count them (an accented letter or an emoji is one). */
export function characterCount(value: string): number {
  return [...value].length;
}

/**
 * "120 / 300" under a field with a limit: the limit is the server's, and text over it is refused
 * when the form is sent (form.tsx), never cut while typing.
 */
function Counter({ id, value, max }: { id: string; value: string; max: number }) {
  const { t } = useI18n();
  const count = characterCount(value);
  const over = count > max;
  return (
    <p id={`${id}-count`} className={over ? "field-count field-count-over" : "field-count"} aria-live={over ? "polite" : "off"}>
      {over ? t("form.countOver", { count, max, over: count - max }) : t("form.count", { count, max })}
    </p>
  );
}

/** The accessibility attributes of a control: in error or not, what describes it, required or not. */
function controlAria({ id, hint, error, saved, required }: Common) {
  return {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, hint, error, saved),
    "aria-required": required || undefined,
  } as const;
}

export function TextField({
  value,
  onChange,
  type = "text",
  autoComplete,
  inputMode,
  maxLength,
  width,
  lang,
  ...field
}: Common & {
  value: string;
  onChange: (value: string) => void;
  /** The language of the text typed, when it is fixed (a Spanish or English version). */
  lang?: string;
  type?: "text" | "email" | "tel" | "password" | "date" | "search";
  autoComplete?: string;
  inputMode?: "text" | "email" | "tel" | "numeric";
  maxLength?: number;
  width?: "short" | "medium" | "full";
}) {
  return (
    <Field {...field}>
      <input
        id={field.id}
        name={field.id}
        className={`input input-${width ?? "full"}`}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...controlAria(field)}
        autoComplete={autoComplete}
        inputMode={inputMode}
        data-max-length={maxLength}
        lang={lang}
      />
      {maxLength !== undefined && <Counter id={field.id} value={value} max={maxLength} />}
    </Field>
  );
}

/**
 * A date in the interface language ("15/11/2016", "15 Nov 2016"; see domain/dateInput.ts), not
 * the browser's date picker, which speaks the browser's language. The form keeps the ISO date
 * ("2016-11-15"), or what was typed while it is not a date, so that the form's own check refuses
 * it; leaving the field with something that is not a date says so beside it at once. The arrow
 * keys move the date a day (with Shift, a month's worth of days: 30).
 */
export function DateField({
  value,
  onChange,
  width = "short",
  hint,
  error,
  ...field
}: Common & { value: string; onChange: (value: string) => void; width?: "short" | "medium" }) {
  const { t, language } = useI18n();
  const [text, setText] = useState(() => formatDateInput(value, language));
  const [shown, setShown] = useState({ value, language });
  const [wrong, setWrong] = useState(false);
  // A value changed from outside (a reload, a reset) or another interface language: show it anew,
  // unless what is typed already means it.
  if (shown.value !== value || shown.language !== language) {
    const reading = parseDateInput(text, language);
    const same = text === value || (reading.kind === "date" && reading.iso === value) || (reading.kind === "empty" && value === "");
    setShown({ value, language });
    if (!same || shown.language !== language) setText(formatDateInput(value, language));
  }
  const example = dateInputExample[language];
  const take = (typed: string) => {
    setText(typed);
    const reading = parseDateInput(typed, language);
    if (reading.kind === "date") setWrong(false);
    onChange(reading.kind === "date" ? reading.iso : reading.kind === "empty" ? "" : typed);
  };
  const shownError: Message | undefined = error ?? (wrong ? { key: "errors.invalidDate" } : undefined);
  const fullHint = [hint, t("form.dateHint", { example })].filter(Boolean).join(" ");
  return (
    <Field {...field} hint={fullHint} error={shownError} saved={field.saved !== undefined ? formatDateInput(field.saved, language) : undefined}>
      <input
        id={field.id}
        name={field.id}
        className={`input input-${width} input-date`}
        type="text"
        inputMode="text"
        autoComplete="off"
        spellCheck={false}
        value={text}
        placeholder={example}
        onChange={(event) => take(event.target.value)}
        onBlur={() => setWrong(parseDateInput(text, language).kind === "invalid")}
        onKeyDown={(event) => {
          if (event.key !== "ArrowUp" && event.key !== "ArrowDown") return;
          const reading = parseDateInput(text, language);
          if (reading.kind !== "date") return;
          event.preventDefault();
          const next = addDays(reading.iso, (event.key === "ArrowUp" ? 1 : -1) * (event.shiftKey ? 30 : 1));
          setText(formatDateInput(next, language));
          onChange(next);
        }}
        {...controlAria({ ...field, hint: fullHint, error: shownError })}
      />
    </Field>
  );
}

export function TextAreaField({
  value,
  onChange,
  rows = 3,
  lang,
  maxLength,
  ...field
}: Common & { value: string; onChange: (value: string) => void; rows?: number; lang?: string; maxLength?: number }) {
  return (
    <Field {...field}>
      <textarea
        id={field.id}
        name={field.id}
        className="input input-full"
        rows={rows}
        lang={lang}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...controlAria(field)}
        data-max-length={maxLength}
      />
      {maxLength !== undefined && <Counter id={field.id} value={value} max={maxLength} />}
    </Field>
  );
}

export type Option = { readonly value: string; readonly label: string; readonly lang?: string | undefined };

export function SelectField({
  value,
  onChange,
  options,
  placeholder,
  width,
  ...field
}: Common & {
  value: string;
  onChange: (value: string) => void;
  options: readonly Option[];
  /** A first, empty option ("Choose…" or "All"). */
  placeholder?: string;
  width?: "short" | "medium" | "full";
}) {
  return (
    <Field {...field}>
      <select
        id={field.id}
        name={field.id}
        className={`input select input-${width ?? "full"}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...controlAria(field)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function CheckboxGroup({
  id,
  label,
  hint,
  error,
  required = false,
  saved,
  values,
  onChange,
  options,
}: Common & { values: readonly string[]; onChange: (values: string[]) => void; options: readonly Option[] }) {
  const { t } = useI18n();
  return (
    <fieldset
      className={error ? "field fieldset has-error" : "field fieldset"}
      aria-describedby={describedBy(id, hint, error, saved)}
    >
      <legend className="field-label">
        {label}
        {required ? null : <span className="field-optional"> {t("form.optional")}</span>}
      </legend>
      <FieldParts id={id} hint={hint} error={error} saved={saved} />
      <div className="checkboxes" id={id} tabIndex={-1}>
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          return (
            <div className="checkbox" key={option.value}>
              <input
                type="checkbox"
                id={optionId}
                checked={values.includes(option.value)}
                onChange={(event) =>
                  onChange(
                    event.target.checked ? [...values, option.value] : values.filter((value) => value !== option.value),
                  )
                }
              />
              <label htmlFor={optionId} lang={option.lang}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function CheckboxField({
  id,
  label,
  checked,
  onChange,
  hint,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}) {
  return (
    <div className="field checkbox">
      <input
        type="checkbox"
        id={id}
        name={id}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** A read-only value shown where a control would be (e.g. an officer's own country). */
export function FixedField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: Message | undefined;
  children: ReactNode;
}) {
  return (
    <div className={error ? "field has-error" : "field"}>
      <p className="field-label">{label}</p>
      <FieldParts id={id} hint={hint} error={error} />
      <p className="fixed-value" id={id} tabIndex={-1}>
        {children}
      </p>
    </div>
  );
}

/**
 * A file chooser. The chosen file lives in the form's state (a file input cannot be given a
 * value); change `resetKey` to empty the control after a successful upload.
 */
/**
 * A file picker that speaks the interface language: the browser's own button says "Choose File"
 * in the browser's language, so the native input is hidden and a button of ours opens it, with
 * the chosen file's name (or "No file chosen") beside it.
 */
export function FileField({
  accept,
  onChange,
  resetKey,
  ...field
}: Common & { accept?: string; onChange: (file: File | null) => void; resetKey?: number }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<{ key: number | undefined; name: string | null }>({ key: resetKey, name: null });
  const name = chosen.key === resetKey ? chosen.name : null;
  return (
    <Field {...field}>
      <div className="file-picker">
        <input
          ref={input}
          key={resetKey}
          id={field.id}
          name={field.id}
          className="input-file-hidden"
          type="file"
          tabIndex={-1}
          accept={accept}
          onChange={(event) => {
            const file = event.target.files?.[0] ?? null;
            setChosen({ key: resetKey, name: file?.name ?? null });
            onChange(file);
          }}
          {...controlAria(field)}
        />
        <button
          type="button"
          className="button button-secondary button-small"
          id={`${field.id}-button`}
          aria-label={`${field.label}: ${t("form.chooseFile")}`}
          aria-describedby={[`${field.id}-chosen`, describedBy(field.id, field.hint, field.error, field.saved)].filter(Boolean).join(" ")}
          onClick={() => input.current?.click()}
        >
          {t("form.chooseFile")}
        </button>
        <span id={`${field.id}-chosen`} className="file-chosen">
          {name ?? t("form.noFileChosen")}
        </span>
      </div>
    </Field>
  );
}

/** A whole number input (progress 0–100): kept as typed text, checked by the form. */
export function NumberField({
  value,
  onChange,
  min,
  max,
  ...field
}: Common & { value: string; onChange: (value: string) => void; min?: number; max?: number }) {
  return (
    <Field {...field}>
      <input
        id={field.id}
        name={field.id}
        className="input input-short"
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...controlAria(field)}
      />
    </Field>
  );
}
