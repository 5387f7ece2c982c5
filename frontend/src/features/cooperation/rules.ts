// What the interface offers whom, mirroring the server's rules (backend/src/cooperation/domain/
// cooperation_policy.hpp). The server decides; these functions only decide what is shown, so that
// nobody is offered a button that can only fail. Pure: tested without a browser.

import type { User } from "../../domain/model";
import { cooperationStates, type CooperationRequest, type CooperationState, type StepAction } from "./model";

/** The Secretariat and country officers work with cooperation requests; observers, civil society do not. */
export function canUseCooperation(user: User): boolean {
  return user.role === "secretariat" || (user.role === "country_officer" && user.country !== null);
}

export function canCreateCooperationRequest(user: User): boolean {
  return canUseCooperation(user);
}

/** The requesting country's officers and the Secretariat act on a request; others only read it. */
export function isCountrySide(user: User, request: Pick<CooperationRequest, "country">): boolean {
  return user.role === "secretariat" || (user.role === "country_officer" && user.country === request.country);
}

const transitions: Readonly<Record<StepAction, readonly CooperationState[]>> = {
  send: ["draft"],
  forward: ["sent_to_secretariat"],
  answer: ["forwarded_to_partner"],
  close: ["answered"],
  withdraw: ["draft", "sent_to_secretariat", "forwarded_to_partner", "answered"],
};

/** The steps the state allows, whoever takes them. */
export function stepsFrom(state: CooperationState): StepAction[] {
  return (Object.keys(transitions) as StepAction[]).filter((action) => transitions[action].includes(state));
}

/** The steps this user may take now, in the order they are offered (the main one first, withdraw last). */
export function stepsFor(user: User, request: Pick<CooperationRequest, "country" | "state">): StepAction[] {
  if (!isCountrySide(user, request)) return [];
  return stepsFrom(request.state).filter((action) => user.role === "secretariat" || action === "send" || action === "withdraw");
}

export function canEditDraft(user: User, request: Pick<CooperationRequest, "country" | "state">): boolean {
  return request.state === "draft" && isCountrySide(user, request);
}

export function isFinished(state: CooperationState): boolean {
  return state === "closed" || state === "withdrawn";
}

/** The step the request waits for next, and who takes it; null once finished. */
export function nextStep(state: CooperationState): { action: Exclude<StepAction, "withdraw">; by: "country" | "secretariat" } | null {
  switch (state) {
    case "draft":
      return { action: "send", by: "country" };
    case "sent_to_secretariat":
      return { action: "forward", by: "secretariat" };
    case "forwarded_to_partner":
      return { action: "answer", by: "secretariat" };
    case "answered":
      return { action: "close", by: "secretariat" };
    default:
      return null;
  }
}

/** Requests grouped by state, in the order of the states; empty groups left out. */
export function groupByState<R extends Pick<CooperationRequest, "state">>(requests: readonly R[]): { state: CooperationState; items: R[] }[] {
  return cooperationStates
    .map((state) => ({ state, items: requests.filter((request) => request.state === state) }))
    .filter((group) => group.items.length > 0);
}

/** Oldest wait first: what has waited longest at its step needs attention first. */
export function byLongestWait<R extends Pick<CooperationRequest, "waiting" | "state_since">>(a: R, b: R): number {
  return a.state_since.localeCompare(b.state_since);
}
