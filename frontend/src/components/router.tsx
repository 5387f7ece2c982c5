// A small router over the History API. The app has a dozen addresses (domain/paths.ts), so a
// library would add weight without adding anything we use; this one also moves focus to the new
// page's heading after a navigation, which screen-reader and keyboard users need.

import { useEffect, useMemo, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from "react";

const listeners = new Set<() => void>();
let navigated = false;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
  };
}

function currentHref(): string {
  return window.location.pathname + window.location.search + window.location.hash;
}

/**
 * Pages that would lose something by being left (a form with unsaved changes): each says
 * whether leaving is fine, asking the user if need be. A navigation goes ahead only if all agree.
 */
const leaveGuards = new Set<() => boolean>();

function mayLeave(): boolean {
  for (const guard of leaveGuards) if (!guard()) return false;
  return true;
}

/**
 * While `active`, leaving the page — a link of the app, the browser's back button, closing or
 * reloading the tab — asks first, with `message` (the browser uses its own words on unload).
 */
export function useLeaveGuard(active: boolean, message: string, allowed: () => boolean = () => false): void {
  useEffect(() => {
    if (!active) return;
    const guard = () => allowed() || window.confirm(message);
    const onUnload = (event: BeforeUnloadEvent) => {
      if (allowed()) return;
      event.preventDefault();
      event.returnValue = message;
    };
    leaveGuards.add(guard);
    window.addEventListener("beforeunload", onUnload);
    return () => {
      leaveGuards.delete(guard);
      window.removeEventListener("beforeunload", onUnload);
    };
  }, [active, message, allowed]);
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === currentHref() && !options.replace) return;
  if (!mayLeave()) return;
  navigated = true;
  if (options.replace) window.history.replaceState(null, "", to);
  else window.history.pushState(null, "", to);
  shownHref = currentHref();
  window.scrollTo(0, 0);
  for (const listener of listeners) listener();
}

/** True once the user has moved from the first page: then headings take focus on arrival. */
export function hasNavigated(): boolean {
  return navigated;
}

let shownHref = typeof window === "undefined" ? "/" : currentHref();

if (typeof window !== "undefined") {
  // Registered before any page subscribes: a refused "back" puts the address back before the
  // pages hear of it.
  window.addEventListener("popstate", (event) => {
    if (leaveGuards.size > 0 && !mayLeave()) {
      event.stopImmediatePropagation();
      window.history.pushState(null, "", shownHref);
      return;
    }
    navigated = true;
    shownHref = currentHref();
  });
}

export type AppLocation = { readonly pathname: string; readonly search: URLSearchParams; readonly href: string };

export function useLocation(): AppLocation {
  const href = useSyncExternalStore(subscribe, currentHref, () => "/");
  return useMemo(() => {
    const url = new URL(href, "http://localhost");
    return { pathname: url.pathname, search: url.searchParams, href };
  }, [href]);
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & { to: string; children: ReactNode };

export function Link({ to, onClick, children, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented) return;
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (rest.target && rest.target !== "_self") return;
    if (rest.download !== undefined) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}

/** Replaces the current address once rendered (never during render). */
export function Redirect({ to }: { to: string }) {
  useEffect(() => {
    navigate(to, { replace: true });
  }, [to]);
  return null;
}
