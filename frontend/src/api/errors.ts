// The one error type the interface sees from the API. The server's error body is
//   {"error": {"code", "message", "request_id", "fields"?: [{"field", "code", "message"}]}}
// and its message is already in the request's language (we send Accept-Language).
// Failures that never reached the server, or answers that were not our JSON, become ApiErrors
// too, with a code of our own ("network_error", "unexpected_response") and no server message.

import type { RequestId } from "../domain/ids";
import type { Language } from "../domain/language";

export type FieldError = { readonly field: string; readonly code: string; readonly message: string; readonly language?: Language };

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: RequestId | null;
  readonly fields: readonly FieldError[];
  /** Seconds, from Retry-After on 429/503. */
  readonly retryAfter: number | null;
  /** True when the message came from the server (and so is in the user's language). */
  readonly hasServerMessage: boolean;
  /** The language the server was asked to answer in (its message's language). */
  readonly language: Language | null;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    requestId?: RequestId | null;
    fields?: readonly FieldError[];
    retryAfter?: number | null;
    hasServerMessage?: boolean;
    language?: Language | null;
  }) {
    super(init.message);
    this.name = "ApiError";
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId ?? null;
    this.fields = init.fields ?? [];
    this.retryAfter = init.retryAfter ?? null;
    this.hasServerMessage = init.hasServerMessage ?? false;
    this.language = init.language ?? null;
  }

  get isStaleVersion(): boolean {
    return this.status === 412;
  }

  get isUnauthenticated(): boolean {
    return this.status === 401;
  }

  /**
   * No valid session (it expired, or the user signed out elsewhere). Other 401 answers — a wrong
   * password ("invalid_credentials"), an expired sign-in step — are not about the session.
   */
  get isSessionMissing(): boolean {
    return this.status === 401 && (this.code === "unauthenticated" || this.code === "unexpected_response");
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}
