// @vitest-environment happy-dom
// A form keeps what was typed when the server refuses it, shows each field's error next to the
// field, names the request id otherwise, and recognises a stale version.
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../api/errors";
import { asRequestId } from "../domain/ids";
import { TextField } from "./fields";
import { ErrorSummary, fieldErrorsFrom, useForm, useLatestVersion } from "./form";
import { catalogues } from "../app/catalogue";
import { I18nProvider } from "./i18n";

function EmailForm({ submit }: { submit: () => Promise<void> }) {
  const form = useForm({ initial: { email: "" }, onSubmit: submit });
  return (
    <>
      <ErrorSummary failure={form.failure} errors={form.errors} labels={{ email: "E-mail" }} idPrefix="t" summaryRef={form.summaryRef} />
      <form onSubmit={form.handleSubmit} noValidate>
        <TextField id="t-email" label="E-mail" required value={form.values.email} onChange={(value) => form.set("email", value)} error={form.errors.email} />
        <button type="submit">Send</button>
      </form>
    </>
  );
}

async function typeAndSubmit(text: string) {
  fireEvent.change(screen.getByLabelText("E-mail"), { target: { value: text } });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Send" }));
  });
}

function renderForm(error: ApiError) {
  render(
    <I18nProvider catalogues={catalogues} initial="en">
      <EmailForm submit={() => Promise.reject(error)} />
    </I18nProvider>,
  );
}

afterEach(cleanup);

describe("useForm with the API's errors", () => {
  it("puts a field error next to its field and keeps the typed value", async () => {
    renderForm(
      new ApiError({
        status: 422,
        code: "validation_failed",
        message: "Some fields are not valid.",
        requestId: asRequestId("req-9"),
        fields: [{ field: "email", code: "invalid_email", message: "Enter a valid e-mail address." }],
        hasServerMessage: true,
      }),
    );
    await typeAndSubmit("not-an-address");
    const input = screen.getByLabelText("E-mail") as HTMLInputElement;
    expect(input.value).toBe("not-an-address");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById("t-email-error")?.textContent).toContain("Enter a valid e-mail address.");
    expect(input.getAttribute("aria-describedby")).toContain("t-email-error");
    expect(screen.getByRole("alert").textContent).toContain("req-9");
  });

  it("shows a general error with the request id when no field is named", async () => {
    renderForm(
      new ApiError({ status: 403, code: "wrong_country", message: "Only your own country.", requestId: asRequestId("req-3"), hasServerMessage: true }),
    );
    await typeAndSubmit("a@b.org");
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Only your own country.");
    expect(alert.textContent).toContain("req-3");
  });

  it("explains a stale version in the interface language", async () => {
    renderForm(new ApiError({ status: 412, code: "stale_version", message: "x", hasServerMessage: true }));
    await typeAndSubmit("a@b.org");
    expect(screen.getByRole("alert").textContent).toContain("Someone else changed this record");
    expect((screen.getByLabelText("E-mail") as HTMLInputElement).value).toBe("a@b.org");
  });
});

describe("fieldErrorsFrom", () => {
  const messages = { required: { key: "errors.required" }, invalidDate: { key: "errors.invalidDate" } } as const;

  it("gives each field the message of its validator code", () => {
    expect(fieldErrorsFrom({ name: "required", date: "invalidDate", city: undefined }, messages)).toEqual({
      name: { key: "errors.required" },
      date: { key: "errors.invalidDate" },
    });
  });

  it("renames the fields the form calls differently", () => {
    expect(fieldErrorsFrom({ "reading.body_code": "required" }, messages, (name) => name.replace("reading.", ""))).toEqual({
      body_code: { key: "errors.required" },
    });
  });
});

type Versioned = { version: number; values: { name: string; city: string } };
const started: Versioned = { version: 1, values: { name: "Ana", city: "Lima" } };

function VersionedForm({ base, latest }: { base: { current: Versioned }; latest: () => Promise<Versioned> }) {
  const form = useForm({
    initial: started.values,
    onSubmit: () => Promise.reject(new ApiError({ status: 412, code: "stale_version", message: "x", hasServerMessage: true })),
  });
  const { loadLatest, reloading, reloaded } = useLatestVersion(form, base, latest);
  return (
    <>
      <ErrorSummary failure={form.failure} errors={form.errors} labels={{}} idPrefix="v" summaryRef={form.summaryRef}
        onLoadLatest={loadLatest} reloading={reloading} />
      <form onSubmit={form.handleSubmit} noValidate>
        <TextField id="v-name" label="Name" value={form.values.name} onChange={(value) => form.set("name", value)} saved={form.savedValue("name")} />
        <TextField id="v-city" label="City" value={form.values.city} onChange={(value) => form.set("city", value)} saved={form.savedValue("city")} />
        <button type="submit">Send</button>
      </form>
      <p data-testid="reloaded">{reloaded}</p>
    </>
  );
}

describe("useLatestVersion after a stale-version refusal", () => {
  it("offers the latest version, keeps what was typed and shows the saved value beside it", async () => {
    const latest = vi.fn(() => Promise.resolve({ version: 2, values: { name: "Ana María", city: "Quito" } }));
    const base = { current: started };
    render(
      <I18nProvider catalogues={catalogues} initial="en">
        <VersionedForm base={base} latest={latest} />
      </I18nProvider>,
    );
    fireEvent.change(screen.getByLabelText("Name", { exact: false }), { target: { value: "Ana Lucía" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Send" }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: /latest/i }));
    });
    expect(latest).toHaveBeenCalledOnce();
    expect((screen.getByLabelText("Name", { exact: false }) as HTMLInputElement).value).toBe("Ana Lucía");
    expect(document.getElementById("v-name-saved")?.textContent).toContain("Ana María");
    // A field the user did not touch takes the saved value, with nothing to show beside it.
    expect((screen.getByLabelText("City", { exact: false }) as HTMLInputElement).value).toBe("Quito");
    expect(document.getElementById("v-city-saved")).toBeNull();
    // The next save is based on the version just loaded.
    expect(base.current.version).toBe(2);
    expect(screen.getByTestId("reloaded").textContent).toBe("1");
    expect(screen.queryByRole("button", { name: /latest/i })).toBeNull();
  });
});
