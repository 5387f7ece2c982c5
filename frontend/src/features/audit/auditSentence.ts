import type { MessageKey, Translate } from "../../domain/i18n/translate";

/**
 * What happened, in words in the interface language: each action code has its sentence
 * ("Confirmed contact point 5"); a code this version does not know yet still reads as a sentence.
 */
export function auditSentence(entry: { action: string; record_id?: string | null }, t: Translate): string {
  const key = `audit.actions.${entry.action}`;
  const params = { id: entry.record_id ?? "", code: entry.action };
  const sentence = /^[a-z_]+\.[a-z_]+$/.test(entry.action) ? t(key as MessageKey, params) : key;
  if (sentence === key) return t("audit.unknownAction", params);
  // A record without an id ("session") leaves no trailing space or empty parentheses.
  return sentence.replace(/ \(\)$/, "").replace(/\s+$/, "");
}
