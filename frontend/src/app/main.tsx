// The first page's styles, in cascade order: base (tokens, elements, layout), the shell, the
// shared components. Each feature's own styles come with its lazy chunk.
import "../styles/base.css";
import "./shell.css";
import "../components/components.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { EnlaceApi } from "../api/client";
import type { Language } from "../domain/language";
import { I18nProvider, initialLanguage } from "../components/i18n";
import { ReferenceProvider } from "./reference";
import { SessionProvider } from "./session";
import { App } from "./App";
import { catalogues } from "./catalogue.core";
import { RouteTableProvider } from "./navigation";
import { routes } from "./routes";

const language = { current: initialLanguage() };
const onLanguageChange = (next: Language) => {
  language.current = next;
};
// One client for the whole visit; it sends Accept-Language in the interface language so that
// the server's error messages come back in it.
const api = new EnlaceApi({ language: () => language.current });

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");

createRoot(root).render(
  <StrictMode>
    <I18nProvider catalogues={catalogues} initial={language.current} onLanguageChange={onLanguageChange}>
      <SessionProvider api={api}>
        <ReferenceProvider api={api}>
          <RouteTableProvider routes={routes}>
            <App />
          </RouteTableProvider>
        </ReferenceProvider>
      </SessionProvider>
    </I18nProvider>
  </StrictMode>,
);
