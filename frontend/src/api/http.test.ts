import { describe, expect, it, vi } from "vitest";
import { asVersion } from "../domain/ids";
import { EnlaceApi } from "./client";
import { ApiError } from "./errors";

type Call = { url: string; init: RequestInit };

function fakeServer(answers: Array<{ status: number; body?: unknown; headers?: Record<string, string> }>) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    const answer = answers.shift();
    if (!answer) throw new TypeError("Failed to fetch");
    const body = answer.body === undefined ? null : typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
    return new Response(body, { status: answer.status, headers: { "X-Request-Id": "req-1", ...(answer.headers ?? {}) } });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

const header = (call: Call | undefined, name: string) => new Headers(call?.init.headers).get(name);
const user = { id: 1, name: "Ana", role: "secretariat", language: "en", version: 4 };

describe("the API transport", () => {
  it("sends the interface language and, once signed in, the CSRF token on state-changing requests only", async () => {
    const server = fakeServer([
      { status: 200, body: { user, csrf_token: "tok-1" } },
      { status: 200, body: { items: [] } },
      { status: 201, body: { id: 9 } },
    ]);
    let language: "es" | "en" = "en";
    const api = new EnlaceApi({ fetch: server.fetch, language: () => language });
    await api.signIn("ana@example.org", "secret");
    language = "es";
    await api.contactPoints({ country: "" as never, history: true });
    await api.confirmContactPoint(9 as never);

    expect(header(server.calls[0], "Accept-Language")).toBe("en");
    expect(server.calls[1]?.url).toBe("/api/v1/contact-points?history=true");
    expect(header(server.calls[1], "Accept-Language")).toBe("es");
    expect(header(server.calls[1], "X-CSRF-Token")).toBeNull();
    expect(server.calls[2]?.init.method).toBe("POST");
    expect(header(server.calls[2], "X-CSRF-Token")).toBe("tok-1");
  });

  it("sends If-Match with the quoted version on edits", async () => {
    const server = fakeServer([{ status: 200, body: user }]);
    const api = new EnlaceApi({ fetch: server.fetch, language: () => "es" });
    await api.updateMe({ name: "Ana B" }, asVersion(4));
    expect(header(server.calls[0], "If-Match")).toBe('"4"');
    expect(server.calls[0]?.init.body).toBe('{"name":"Ana B"}');
  });

  it("turns the error body into an ApiError with field errors and the request id", async () => {
    const server = fakeServer([
      {
        status: 422,
        body: {
          error: {
            code: "validation_failed",
            message: "Algunos campos no son válidos.",
            request_id: "b1c2",
            fields: [{ field: "email", code: "invalid_email", message: "Escriba un correo válido." }],
          },
        },
      },
    ]);
    const api = new EnlaceApi({ fetch: server.fetch, language: () => "es" });
    const error = await api.proposeContactPoint({} as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(422);
    expect(apiError.code).toBe("validation_failed");
    expect(apiError.message).toBe("Algunos campos no son válidos.");
    expect(apiError.requestId).toBe("b1c2");
    expect(apiError.fields).toEqual([{ field: "email", code: "invalid_email", message: "Escriba un correo válido.", language: "es" }]);
  });

  it("recognises a stale version and keeps Retry-After", async () => {
    const server = fakeServer([
      { status: 412, body: { error: { code: "stale_version", message: "Changed", request_id: "r" } } },
      { status: 429, body: { error: { code: "rate_limited", message: "Slow down", request_id: "r" } }, headers: { "Retry-After": "30" } },
    ]);
    const api = new EnlaceApi({ fetch: server.fetch, language: () => "en" });
    const stale = (await api.updateMe({}, asVersion(1)).catch((e: unknown) => e)) as ApiError;
    expect(stale.isStaleVersion).toBe(true);
    const limited = (await api.signIn("a", "b").catch((e: unknown) => e)) as ApiError;
    expect(limited.retryAfter).toBe(30);
  });

  it("reports a failure to reach the server as network_error, and a non-JSON answer with the header's request id", async () => {
    const server = fakeServer([{ status: 502, body: "<html>Bad gateway</html>" }]);
    const api = new EnlaceApi({ fetch: server.fetch, language: () => "en" });
    const gateway = (await api.countries().catch((e: unknown) => e)) as ApiError;
    expect(gateway.status).toBe(502);
    expect(gateway.requestId).toBe("req-1");
    expect(gateway.hasServerMessage).toBe(false);
    const offline = (await api.countries().catch((e: unknown) => e)) as ApiError;
    expect(offline.code).toBe("network_error");
    expect(offline.status).toBe(0);
  });

  it("treats 401 on GET /session as signed out, and tells the session when another request answers 401", async () => {
    const server = fakeServer([
      { status: 401, body: { error: { code: "unauthenticated", message: "Sign in", request_id: "r" } } },
      { status: 401, body: { error: { code: "session_expired", message: "Expired", request_id: "r" } } },
    ]);
    const onUnauthenticated = vi.fn();
    const api = new EnlaceApi({ fetch: server.fetch, language: () => "en", onUnauthenticated });
    expect(await api.currentSession()).toBeNull();
    expect(onUnauthenticated).not.toHaveBeenCalled();
    await api.me().catch(() => undefined);
    expect(onUnauthenticated).toHaveBeenCalledOnce();
  });

  it("on a CSRF refusal, fetches the current token once and retries the write", async () => {
    const server = fakeServer([
      { status: 200, body: { user, csrf_token: "old" } },
      { status: 403, body: { error: { code: "csrf_failed", message: "x", request_id: "r" } } },
      { status: 200, body: { user, csrf_token: "new" } },
      { status: 200, body: { id: 3, status: "confirmed" } },
    ]);
    const api = new EnlaceApi({ fetch: server.fetch, language: () => "en" });
    await api.signIn("a", "b");
    await api.confirmContactPoint(3 as never);
    expect(server.calls.map((call) => `${call.init.method} ${call.url}`)).toEqual([
      "POST /api/v1/session",
      "POST /api/v1/contact-points/3/confirm",
      "GET /api/v1/session",
      "POST /api/v1/contact-points/3/confirm",
    ]);
    expect(header(server.calls[3], "X-CSRF-Token")).toBe("new");
  });

  it("does not send the user away when a write finds the session expired (the form keeps the text)", async () => {
    const server = fakeServer([{ status: 401, body: { error: { code: "session_expired", message: "Expired", request_id: "r" } } }]);
    const onUnauthenticated = vi.fn();
    const api = new EnlaceApi({ fetch: server.fetch, language: () => "en", onUnauthenticated });
    const error = (await api.proposeContactPoint({} as never).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(401);
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it("builds the CSV export link with the same filter as the list", () => {
    const api = new EnlaceApi({ fetch: fakeServer([]).fetch, language: () => "en" });
    expect(api.contactPointsCsvUrl({ country: "HN" as never, topic: "" as never })).toBe("/api/v1/contact-points.csv?country=HN");
  });
});
