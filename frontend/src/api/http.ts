// The transport under the typed client: the only place in the front end that calls fetch().
// It adds what every request needs — Accept-Language in the interface language, the session's
// CSRF token on state-changing requests, If-Match for versioned edits — and turns every failure
// into an ApiError.

import { asRequestId, type Version } from "../domain/ids";
import type { Language } from "../domain/language";
import { ApiError, type FieldError } from "./errors";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
export type Query = Readonly<Record<string, string | number | boolean | null | undefined>>;

export type RequestOptions = {
  readonly query?: Query;
  /** JSON, or a FormData sent as multipart/form-data (the browser sets the boundary). */
  readonly body?: unknown;
  /** The record's version; sent as If-Match: "<version>". */
  readonly ifMatch?: Version;
  readonly signal?: AbortSignal;
  /** Told how much of the body has gone up (an upload): sent with XMLHttpRequest, which reports it. */
  readonly onUploadProgress?: (sent: number, total: number) => void;
};

/**
 * fetch() over XMLHttpRequest, for uploads: the same answer as a Response, plus the upload's
 * progress events (fetch reports none). Aborting the signal cancels the upload.
 */
export function fetchWithUploadProgress(
  url: string,
  init: RequestInit,
  onProgress: (sent: number, total: number) => void,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(init.method ?? "GET", url);
    xhr.withCredentials = true;
    for (const [name, value] of Object.entries((init.headers ?? {}) as Record<string, string>)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded, event.total);
    };
    xhr.onload = () => {
      const headers = new Headers();
      for (const line of xhr.getAllResponseHeaders().trim().split(/[\r\n]+/)) {
        const colon = line.indexOf(":");
        if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
      }
      const empty = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
      resolve(new Response(empty ? null : xhr.responseText, { status: xhr.status, headers }));
    };
    xhr.onerror = () => reject(new TypeError("network error"));
    xhr.onabort = () => reject(new DOMException("The upload was cancelled.", "AbortError"));
    if (init.signal) {
      if (init.signal.aborted) {
        reject(new DOMException("The upload was cancelled.", "AbortError"));
        return;
      }
      init.signal.addEventListener("abort", () => xhr.abort(), { once: true });
    }
    xhr.send((init.body ?? null) as XMLHttpRequestBodyInit | null);
  });
}

export type Answer<T> = { readonly data: T; readonly etag: string | null; readonly status: number };

export type TransportOptions = {
  readonly baseUrl?: string;
  readonly fetch?: typeof fetch;
  readonly language: () => Language;
  /** Called when a request answers 401 while a session was believed to exist. */
  readonly onUnauthenticated?: (error: ApiError) => void;
};

const stateChanging: ReadonlySet<Method> = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function buildUrl(baseUrl: string, path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === "" || value === false) continue;
    params.append(name, String(value));
  }
  const search = params.toString();
  return `${baseUrl}${path}${search ? `?${search}` : ""}`;
}

export class Transport {
  private csrfToken: string | null = null;
  private lastActivity = Date.now();
  private readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;
  private readonly language: () => Language;
  private onUnauthenticated: ((error: ApiError) => void) | undefined;

  constructor(options: TransportOptions) {
    this.baseUrl = options.baseUrl ?? "";
    // Bound so that a test's fake and the browser's fetch are called the same way.
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.language = options.language;
    this.onUnauthenticated = options.onUnauthenticated;
  }

  setCsrfToken(token: string | null): void {
    this.csrfToken = token;
  }

  /** Who is told when a request answers 401 (the session, to show the login page again). */
  setUnauthenticatedHandler(handler: ((error: ApiError) => void) | undefined): void {
    this.onUnauthenticated = handler;
  }

  /** When the server last answered a request of this session (ms since the epoch): it counts as activity. */
  get lastActivityAt(): number {
    return this.lastActivity;
  }

  get hasCsrfToken(): boolean {
    return this.csrfToken !== null;
  }

  url(path: string, query?: Query): string {
    return buildUrl(this.baseUrl, path, query);
  }

  async request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<Answer<T>> {
    try {
      return await this.send<T>(method, path, options);
    } catch (error) {
      // A CSRF refusal on a write usually means the session changed under this page (the user
      // signed in again in another tab). Fetch the current token once and retry; the server
      // still decides, and a cross-site page can read neither answer.
      if (
        error instanceof ApiError &&
        error.status === 403 &&
        error.code === "csrf_failed" &&
        stateChanging.has(method) &&
        path !== "/api/v1/session"
      ) {
        const refreshed = await this.refreshCsrfToken();
        if (refreshed === "refreshed") return this.send<T>(method, path, options);
        // No session at all: say so (401), rather than "the request could not be verified".
        if (refreshed instanceof ApiError) throw refreshed;
      }
      throw error;
    }
  }

  private async refreshCsrfToken(): Promise<"refreshed" | "unchanged" | ApiError> {
    try {
      const { data } = await this.send<{ csrf_token?: unknown }>("GET", "/api/v1/session", {});
      if (typeof data.csrf_token !== "string" || data.csrf_token === this.csrfToken) return "unchanged";
      this.csrfToken = data.csrf_token;
      return "refreshed";
    } catch (error) {
      return error instanceof ApiError && error.status === 401 ? error : "unchanged";
    }
  }

  private async send<T>(method: Method, path: string, options: RequestOptions): Promise<Answer<T>> {
    const headers: Record<string, string> = {
      Accept: "application/json",
      "Accept-Language": this.language(),
    };
    const multipart = typeof FormData !== "undefined" && options.body instanceof FormData;
    if (options.body !== undefined && !multipart) headers["Content-Type"] = "application/json";
    if (stateChanging.has(method) && this.csrfToken) headers["X-CSRF-Token"] = this.csrfToken;
    if (options.ifMatch !== undefined) headers["If-Match"] = `"${options.ifMatch}"`;

    let response: Response;
    const { onUploadProgress } = options;
    const send: typeof fetch =
      onUploadProgress && typeof XMLHttpRequest !== "undefined"
        ? (input, init) => fetchWithUploadProgress(String(input), init ?? {}, onUploadProgress)
        : this.fetchImpl;
    try {
      response = await send(this.url(path, options.query), {
        method,
        headers,
        body: options.body === undefined ? undefined : multipart ? (options.body as FormData) : JSON.stringify(options.body),
        credentials: "same-origin",
        cache: "no-store",
        signal: options.signal,
      });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
      throw new ApiError({ status: 0, code: "network_error", message: String(cause) });
    }

    const requestIdHeader = response.headers.get("X-Request-Id");
    const etag = response.headers.get("ETag");
    if (response.status === 204) return { data: undefined as T, etag, status: 204 };

    const text = await response.text();
    let json: unknown = undefined;
    if (text !== "") {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }

    if (response.ok) {
      this.lastActivity = Date.now();
      if (json === undefined) {
        throw new ApiError({
          status: response.status,
          code: "unexpected_response",
          message: `Expected JSON from ${method} ${path}`,
          requestId: requestIdHeader ? asRequestId(requestIdHeader) : null,
        });
      }
      return { data: json as T, etag, status: response.status };
    }

    const error = toApiError(response, json, requestIdHeader, headers["Accept-Language"] as Language);
    // A read that finds the session gone sends the user to the login page. A write does not:
    // the form stays, with what was typed, and says the session expired (see form.tsx).
    if (error.status === 401 && path !== "/api/v1/session" && !stateChanging.has(method)) this.onUnauthenticated?.(error);
    throw error;
  }
}

type ErrorBody = {
  error?: { code?: unknown; message?: unknown; request_id?: unknown; fields?: unknown };
};

function toApiError(response: Response, json: unknown, requestIdHeader: string | null, language: Language): ApiError {
  const body = (typeof json === "object" && json !== null ? json : {}) as ErrorBody;
  const error = body.error ?? {};
  const requestId = typeof error.request_id === "string" ? error.request_id : requestIdHeader;
  const fields: FieldError[] = Array.isArray(error.fields)
    ? error.fields.flatMap((item: unknown) => {
        if (typeof item !== "object" || item === null) return [];
        const field = (item as Record<string, unknown>).field;
        const code = (item as Record<string, unknown>).code;
        const message = (item as Record<string, unknown>).message;
        if (typeof field !== "string") return [];
        return [{ field, code: typeof code === "string" ? code : "invalid", message: typeof message === "string" ? message : "", language }];
      })
    : [];
  const retryAfterHeader = response.headers.get("Retry-After");
  const retryAfter = retryAfterHeader !== null && /^\d+$/.test(retryAfterHeader) ? Number(retryAfterHeader) : null;
  const hasServerMessage = typeof error.message === "string" && error.message !== "";
  return new ApiError({
    status: response.status,
    code: typeof error.code === "string" ? error.code : "unexpected_response",
    message: hasServerMessage ? (error.message as string) : `HTTP ${response.status}`,
    requestId: requestId ? asRequestId(requestId) : null,
    fields,
    retryAfter,
    hasServerMessage,
    language,
  });
}
