// The frame of every signed-in page: skip link, header with the process name, the language
// switch and the user's menu, the main navigation (only the pages the user's role can use),
// the main landmark and a footer. Below 48em the navigation folds into a disclosure button.

import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { landingSection } from "../domain/access";
import type { User } from "../domain/model";
import type { NavigationItem } from "../domain/routing";
import { matchRoute, sectionOf } from "../domain/routing";
import { useI18n } from "../components/i18n";
import { LanguageSwitch } from "../components/LanguageSwitch";
import { Link, navigate, useLocation } from "../components/router";
import { Localized } from "../components/feedback";
import { NotificationBell } from "../features/notifications/unread";
import { SearchBox } from "../features/search/SearchBox";
import { sessionPaths } from "../features/session/routes";
import { useNavigation } from "./navigation";
import { SessionExpiryWarning } from "./SessionExpiry";
import { useReference } from "./reference";
import { routes, shellPaths } from "./routes";
import { useSession } from "./session";

export function SkipLink() {
  const { t } = useI18n();
  return (
    <a className="skip-link" href="#main">
      {t("shell.skipToContent")}
    </a>
  );
}

function Brand() {
  const reference = useReference();
  const { t } = useI18n();
  return (
    <Link to={shellPaths.home()} className="brand">
      <span className="brand-name">{t("app.name")}</span>
      {reference && (
        <span className="brand-process">
          <Localized value={reference.process.name} />
        </span>
      )}
    </Link>
  );
}

export function Footer() {
  const { t } = useI18n();
  return (
    <footer className="site-footer">
      <p>{t("shell.footer")}</p>
    </footer>
  );
}

/**
 * The frame of every page: the skip link, the header (brand, language switch and any other
 * `tools`, then `headerEnd`), the navigation if any, the main content and the footer.
 */
function Frame({ tools, headerEnd, nav, children }: { tools?: ReactNode; headerEnd?: ReactNode; nav?: ReactNode; children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <header className="site-header">
        <div className="header-inner">
          <Brand />
          <div className="header-tools">
            <LanguageSwitch />
            {tools}
          </div>
          {headerEnd}
        </div>
      </header>
      {nav}
      <main id="main" tabIndex={-1} className="main">
        {children}
      </main>
      <Footer />
    </>
  );
}

/** A bare frame for pages shown before sign-in, with a way to sign in (but on the sign-in pages). */
export function PublicShell({ children, signIn = true }: { children: ReactNode; signIn?: boolean }) {
  return <Frame headerEnd={signIn ? <SignInLink /> : undefined}>{children}</Frame>;
}

function SignInLink() {
  const { t } = useI18n();
  const location = useLocation();
  if (matchRoute(routes, location.pathname)?.route.audience === "signedOut") return null;
  return (
    <Link to={sessionPaths.login()} className="header-link sign-in-link">
      {t("shell.signIn")}
    </Link>
  );
}

function UserMenu({ user, placement }: { user: User; placement: "header" | "nav" }) {
  const { t } = useI18n();
  const { signOut } = useSession();
  const [busy, setBusy] = useState(false);
  return (
    <div className={`user-menu user-menu-${placement}`}>
      <span className="user-name">
        {user.name}
        <span className="user-role"> · {t(`roles.${user.role}`)}</span>
      </span>
      <Link to={sessionPaths.account()} className="header-link">
        {t("nav.account")}
      </Link>
      <button
        type="button"
        className="header-button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          signOut().finally(() => {
            setBusy(false);
            navigate(sessionPaths.login(), { replace: true });
          });
        }}
      >
        {t("shell.signOut")}
      </button>
    </div>
  );
}

/** Below this width the navigation folds behind the menu button (shell.css). */
const foldedQuery = "(max-width: 48em)";

/**
 * How many of the menu's entries fit on one line of `available` pixels, given each entry's
 * width and the width of the "More" button that then holds the rest.
 */
export function entriesThatFit(widths: readonly number[], available: number, moreWidth: number): number {
  const total = widths.reduce((sum, width) => sum + width, 0);
  if (total <= available) return widths.length;
  let used = moreWidth;
  let count = 0;
  for (const width of widths) {
    if (used + width > available) break;
    used += width;
    count++;
  }
  return count;
}

/**
 * The main navigation on one line: the entries that fit, then a "More" button with the rest
 * (measured in the current language, again on every resize). Folded, every entry is listed.
 */
function NavEntries({ items, current }: { items: readonly NavigationItem[]; current: string | null }) {
  const { t, language } = useI18n();
  const listRef = useRef<HTMLUListElement>(null);
  const widths = useRef<{ key: string; values: number[] } | null>(null);
  const [shown, setShown] = useState<number | null>(null);
  const [moreOpen, setMoreOpen] = useState(false);
  const moreId = useId();
  const location = useLocation();
  const key = `${language}|${items.map((item) => item.href).join(",")}`;
  const [measuredKey, setMeasuredKey] = useState<string | null>(null);

  if (measuredKey !== null && measuredKey !== key) {
    // New entries or another language: show them all once, to measure them again.
    setMeasuredKey(null);
    setShown(null);
  }
  const [lastPath, setLastPath] = useState(location.pathname);
  if (lastPath !== location.pathname) {
    setLastPath(location.pathname);
    setMoreOpen(false);
  }

  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const fit = () => {
      if (window.matchMedia(foldedQuery).matches) {
        setShown(null);
        return;
      }
      if (widths.current?.key !== key) {
        const entries = Array.from(list.querySelectorAll<HTMLElement>(":scope > li.nav-entry"));
        if (entries.length !== items.length) return;
        widths.current = { key, values: entries.map((entry) => entry.getBoundingClientRect().width + 4) };
      }
      const style = window.getComputedStyle(list);
      const available = list.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const more = list.querySelector<HTMLElement>(":scope > li.nav-more");
      const moreWidth = (more?.getBoundingClientRect().width ?? 0) + 4 || 110;
      const count = entriesThatFit(widths.current.values, available, moreWidth);
      setShown(count >= items.length ? null : count);
      setMeasuredKey(key);
    };
    fit();
    const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(() => fit());
    observer?.observe(list);
    return () => observer?.disconnect();
  }, [items, key]);

  useEffect(() => {
    if (!moreOpen) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === "Escape") setMoreOpen(false);
    };
    const onClick = (event: MouseEvent) => {
      if (!listRef.current?.querySelector(".nav-more")?.contains(event.target as Node)) setMoreOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("click", onClick);
    };
  }, [moreOpen]);

  const inBar = shown === null ? items : items.slice(0, shown);
  const inMore = shown === null ? [] : items.slice(shown);
  const link = (item: NavigationItem) => (
    <Link to={item.href} className="nav-link" aria-current={item.section === current ? "page" : undefined}>
      {t(item.label)}
    </Link>
  );
  return (
    <ul className="nav-list" ref={listRef}>
      {inBar.map((item) => (
        <li key={item.href} className="nav-entry">
          {link(item)}
        </li>
      ))}
      {/* Always there (hidden when everything fits), so that its width is known. */}
      <li className={inMore.length > 0 ? "nav-more" : "nav-more nav-more-idle"} aria-hidden={inMore.length > 0 ? undefined : true}>
        <button
          type="button"
          className={inMore.some((item) => item.section === current) ? "nav-link nav-more-button current" : "nav-link nav-more-button"}
          aria-expanded={moreOpen}
          aria-controls={moreId}
          aria-label={t("shell.moreLabel")}
          tabIndex={inMore.length > 0 ? undefined : -1}
          onClick={() => setMoreOpen((open) => !open)}
        >
          {t("shell.more")} <span aria-hidden="true">▾</span>
        </button>
        <ul id={moreId} className="nav-more-list" hidden={!moreOpen}>
          {inMore.map((item) => (
            <li key={item.href}>{link(item)}</li>
          ))}
        </ul>
      </li>
    </ul>
  );
}

export function Shell({ user, children }: { user: User; children: ReactNode }) {
  const { t } = useI18n();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const navId = useId();
  const match = matchRoute(routes, location.pathname);
  const matched = match ? sectionOf(match.route) : null;
  // At "/" the menu marks the entry of the page shown there (Landing.tsx).
  const landing = landingSection(user);
  const current = matched === "home" && landing !== "home" ? (landing === "followUp" ? "follow-up" : "country") : matched;
  const items = useNavigation();

  // A navigation closes the folded menu.
  const [lastPath, setLastPath] = useState(location.pathname);
  if (lastPath !== location.pathname) {
    setLastPath(location.pathname);
    setMenuOpen(false);
  }

  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === "Escape") {
        setMenuOpen(false);
        menuButton.current?.focus();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [menuOpen]);

  const onNavKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // Arrow keys move between the links as well as Tab does, as in a menu bar.
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp" && event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
    const links = Array.from(event.currentTarget.querySelectorAll<HTMLAnchorElement>("a"));
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    event.preventDefault();
    const step = event.key === "ArrowDown" || event.key === "ArrowRight" ? 1 : -1;
    links[(index + step + links.length) % links.length]?.focus();
  };

  return (
    <Frame
      tools={
        <>
          <SearchBox />
          <UserMenu user={user} placement="header" />
        </>
      }
      headerEnd={
        <>
          <NotificationBell />
          <button
            ref={menuButton}
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls={navId}
            onClick={() => setMenuOpen((open) => !open)}
          >
            {t("shell.menu")}
          </button>
        </>
      }
      nav={
        <nav id={navId} className={menuOpen ? "main-nav open" : "main-nav"} aria-label={t("shell.mainNavigation")} onKeyDown={onNavKeyDown}>
          <NavEntries items={items} current={current} />
          <UserMenu user={user} placement="nav" />
        </nav>
      }
    >
      <SessionExpiryWarning />
      {children}
    </Frame>
  );
}
