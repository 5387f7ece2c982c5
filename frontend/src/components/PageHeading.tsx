import { useEffect, useRef, type ReactNode } from "react";
import { hasNavigated } from "./router";
import { useI18n } from "./i18n";

/**
 * The page's one <h1>. It names the document (title) and, after an in-app navigation, takes
 * focus so that screen-reader users hear where they arrived and keyboard users start there.
 */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} · ${t("app.name")}`;
  }, [title, t]);
  useEffect(() => {
    if (hasNavigated()) ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
