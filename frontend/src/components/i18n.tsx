// The interface language for React: which language is shown, how to switch it, and helpers to
// translate messages, format dates and pick the right side of bilingual content.
//
// The language is, in order: the user's explicit choice (remembered in localStorage), else the
// profile language of the signed-in user, else the browser's preference, else the process default
// (Spanish). <html lang> always follows it.

import { createContext, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from "react";
import { formatDate, formatDateTime } from "../domain/dates";
import { createTranslator, type Catalogues, type Translate } from "../domain/i18n/translate";
import { isLanguage, languageFromPreferences, type Language } from "../domain/language";
import { localizedString, pickLocalized, type LocalizedText, type PickedText } from "../domain/localized";
import { serverTextsLoaded, subscribeServerTexts } from "./serverTexts";

const storageKey = "enlace.language";

export function storedLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(storageKey);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Private modes may refuse storage; the choice then lasts for this page only.
  }
}

export function initialLanguage(): Language {
  return storedLanguage() ?? languageFromPreferences(typeof navigator === "undefined" ? [] : navigator.languages ?? [navigator.language]);
}

export type I18n = {
  readonly language: Language;
  /** The user's explicit choice: remembered across visits. */
  readonly chooseLanguage: (language: Language) => void;
  /** A profile's language, used only when the user has never chosen one on this browser. */
  readonly adoptProfileLanguage: (language: Language) => void;
  readonly t: Translate;
  readonly date: (isoDate: string | null | undefined) => string;
  readonly dateTime: (instant: string | null | undefined) => string;
  readonly pick: (value: LocalizedText | null | undefined) => PickedText | null;
  readonly text: (value: LocalizedText | null | undefined) => string;
};

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({
  catalogues,
  initial,
  onLanguageChange,
  children,
}: {
  /** The merged catalogues (app/catalogue.ts). */
  catalogues: Catalogues;
  initial: Language;
  onLanguageChange?: (language: Language) => void;
  children: ReactNode;
}) {
  const [language, setLanguage] = useState<Language>(initial);
  // A server message rendered in the other language (messages.ts) needs the server's texts, which
  // load after the first refusal: when they arrive, everything that translates renders again.
  const serverTexts = useSyncExternalStore(subscribeServerTexts, serverTextsLoaded);

  useEffect(() => {
    document.documentElement.lang = language;
    onLanguageChange?.(language);
  }, [language, onLanguageChange]);

  const chooseLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    setLanguage(next);
  }, []);

  const adoptProfileLanguage = useCallback((profile: Language) => {
    if (storedLanguage() === null) setLanguage(profile);
  }, []);

  const value = useMemo<I18n>(
    () => ({
      language,
      chooseLanguage,
      adoptProfileLanguage,
      t: createTranslator(catalogues[language], language),
      date: (isoDate) => formatDate(isoDate, language),
      dateTime: (instant) => formatDateTime(instant, language),
      pick: (localized) => pickLocalized(localized, language),
      text: (localized) => localizedString(localized, language),
    }),
    // serverTexts: a new `t` once the server's texts load, so that messages follow the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- deliberate: a new value re-renders its readers
    [catalogues, language, chooseLanguage, adoptProfileLanguage, serverTexts],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}
