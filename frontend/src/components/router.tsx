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

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === currentHref() && !options.replace) return;
  navigated = true;
  if (options.replace) window.history.replaceState(null, "", to);
  else window.history.pushState(null, "", to);
  window.scrollTo(0, 0);
  for (const listener of listeners) listener();
}

/** True once the user has moved from the first page: then headings take focus on arrival. */
export function hasNavigated(): boolean {
  return navigated;
}

if (typeof window !== "undefined") {
  window.addEventListener("popstate", () => {
    navigated = true;
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
