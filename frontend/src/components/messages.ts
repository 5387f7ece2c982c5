import type { MessageKey, MessageParams, Translate } from "../domain/i18n/translate";
import type { Language } from "../domain/language";
import { serverTextIn } from "./serverTexts";

/**
 * A message shown to the user: either one of ours (a catalogue key, so it follows a language
 * switch) or a text that came from the server in the request's language. A server text that
 * keeps its code and language follows a language switch too (serverTexts.ts).
 */
export type Message =
  | { readonly key: MessageKey; readonly params?: MessageParams }
  | { readonly text: string; readonly code?: string; readonly language?: Language; readonly prefix?: string };

export function renderMessage(message: Message, t: Translate, language?: Language): string {
  if ("key" in message) return t(message.key, message.params);
  const text =
    message.code !== undefined && message.language !== undefined && language !== undefined
      ? serverTextIn(message.code, message.text, message.language, language)
      : message.text;
  return message.prefix ? `${message.prefix}: ${text}` : text;
}
