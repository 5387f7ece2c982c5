// The signed-in session: who the user is, and the API client that carries their CSRF token.
// After a reload the session is recovered with GET /api/v1/session; a 401 from any later request
// means the session expired, and the login page comes back with a message saying so.

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { EnlaceApi, SignInStep } from "../api/client";
import type { User } from "../domain/model";
import { useI18n } from "../components/i18n";

export type SessionState =
  | { readonly status: "loading" }
  | { readonly status: "failed"; readonly error: unknown }
  | { readonly status: "signedOut"; readonly reason: "none" | "expired" | "signedOut" }
  | { readonly status: "signedIn"; readonly user: User };

type SessionContextValue = {
  readonly api: EnlaceApi;
  readonly state: SessionState;
  /** The password step: signed in, or the next step (code, enrolment, new password) to show. */
  readonly signIn: (email: string, password: string) => Promise<SignInStep>;
  /** Adopts a sign-in that a later step finished. */
  readonly finishSignIn: (step: SignInStep) => void;
  readonly signOut: () => Promise<void>;
  /** Replaces the user after their profile changed (PATCH /me). */
  readonly updateUser: (user: User) => void;
  readonly retry: () => void;
};

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ api, children }: { api: EnlaceApi; children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  const { adoptProfileLanguage } = useI18n();

  useEffect(() => {
    let live = true;
    api.currentSession().then(
      (session) => {
        if (!live) return;
        if (session) {
          adoptProfileLanguage(session.user.language);
          setState({ status: "signedIn", user: session.user });
        } else {
          setState({ status: "signedOut", reason: "none" });
        }
      },
      (error: unknown) => {
        if (live) setState({ status: "failed", error });
      },
    );
    return () => {
      live = false;
    };
  }, [api, adoptProfileLanguage, attempt]);

  useEffect(() => {
    api.transport.setUnauthenticatedHandler(() => {
      api.transport.setCsrfToken(null);
      setState((previous) => (previous.status === "signedIn" ? { status: "signedOut", reason: "expired" } : previous));
    });
    return () => api.transport.setUnauthenticatedHandler(undefined);
  }, [api]);

  const finishSignIn = useCallback(
    (step: SignInStep) => {
      if (step.step !== "done") return;
      adoptProfileLanguage(step.session.user.language);
      setState({ status: "signedIn", user: step.session.user });
    },
    [adoptProfileLanguage],
  );

  const signIn = useCallback(
    async (email: string, password: string) => {
      const step = await api.signIn(email, password);
      finishSignIn(step);
      return step;
    },
    [api, finishSignIn],
  );

  const signOut = useCallback(async () => {
    try {
      await api.signOut();
    } finally {
      setState({ status: "signedOut", reason: "signedOut" });
    }
  }, [api]);

  const updateUser = useCallback((user: User) => setState({ status: "signedIn", user }), []);
  const retry = useCallback(() => {
    setState({ status: "loading" });
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo(
    () => ({ api, state, signIn, finishSignIn, signOut, updateUser, retry }),
    [api, state, signIn, finishSignIn, signOut, updateUser, retry],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession outside SessionProvider");
  return value;
}

export function useApi(): EnlaceApi {
  return useSession().api;
}

/** The signed-in user; only pages rendered inside the signed-in shell may call it. */
export function useUser(): User {
  const { state } = useSession();
  if (state.status !== "signedIn") throw new Error("useUser without a signed-in user");
  return state.user;
}
