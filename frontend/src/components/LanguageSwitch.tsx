import { languageNames, languages } from "../domain/language";
import { useI18n } from "./i18n";

/**
 * The language switch shown on every page. Each choice is written in its own language and
 * marked with lang, so a reader of either language can find theirs.
 */
export function LanguageSwitch() {
  const { language, chooseLanguage, t } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t("language.switchLabel")}>
      {languages.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-option"
          aria-pressed={option === language}
          onClick={() => chooseLanguage(option)}
        >
          {languageNames[option]}
        </button>
      ))}
    </div>
  );
}
