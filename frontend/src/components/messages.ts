import type { MessageKey, MessageParams, Translate } from "../domain/i18n/translate";

/**
 * A message shown to the user: either one of ours (a catalogue key, so it follows a language
 * switch) or a text that came from the server already in the request's language.
 */
export type Message = { readonly key: MessageKey; readonly params?: MessageParams } | { readonly text: string };

export function renderMessage(message: Message, t: Translate): string {
  return "key" in message ? t(message.key, message.params) : message.text;
}
