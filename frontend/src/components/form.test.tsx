// @vitest-environment happy-dom
// A form keeps what was typed when the server refuses it, shows each field's error next to the
// field, names the request id otherwise, and recognises a stale version.
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ApiError } from "../api/errors";
import { asRequestId } from "../domain/ids";
import { TextField } from "./fields";
import { ErrorSummary, useForm } from "./form";
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
    <I18nProvider initial="en">
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
