// The frame of every signed-in page: skip link, header with the process name, the language
// switch and the user's menu, the main navigation (only the pages the user's role can use),
// the main landmark and a footer. Below 48em the navigation folds into a disclosure button.

import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import type { User } from "../domain/model";
import { matchRoute, sectionOf } from "../domain/routing";
import { useI18n } from "../components/i18n";
import { LanguageSwitch } from "../components/LanguageSwitch";
import { Link, navigate, useLocation } from "../components/router";
import { Localized } from "../components/feedback";
import { NotificationBell } from "../features/notifications/unread";
import { sessionPaths } from "../features/session/routes";
import { useNavigation } from "./navigation";
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

/** A bare frame for pages shown before sign-in. */
export function PublicShell({ children }: { children: ReactNode }) {
  return <Frame>{children}</Frame>;
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

export function Shell({ user, children }: { user: User; children: ReactNode }) {
  const { t } = useI18n();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const navId = useId();
  const match = matchRoute(routes, location.pathname);
  const current = match ? sectionOf(match.route) : null;
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
      tools={<UserMenu user={user} placement="header" />}
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
          <ul className="nav-list">
            {items.map((item) => (
              <li key={item.href}>
                <Link to={item.href} className="nav-link" aria-current={item.section === current ? "page" : undefined}>
                  {t(item.label)}
                </Link>
              </li>
            ))}
          </ul>
          <UserMenu user={user} placement="nav" />
        </nav>
      }
    >
      {children}
    </Frame>
  );
}
