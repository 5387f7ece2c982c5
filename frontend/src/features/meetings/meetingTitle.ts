// A meeting's name as people say it: its title in the interface language, else the body and
// the city ("Liaison Officer Network, San Pedro Sula"), with the year.
import type { Translate } from "../../domain/i18n/translate";
import type { Language } from "../../domain/language";
import { localizedString, type LocalizedText } from "../../domain/localized";
import type { Place } from "../../domain/meetings";
import type { Parties } from "../commitments";

export function meetingTitle(
  meeting: { readonly title?: LocalizedText; readonly body: string; readonly place: Place; readonly date: string },
  parties: Parties,
  language: Language,
  t: Translate,
): string {
  const title = localizedString(meeting.title, language);
  if (title) return title;
  const body = parties.name(meeting.body);
  if (meeting.place.city.trim() === "") return `${body} ${meeting.date.slice(0, 4)}`;
  return `${t("meetings.detail.untitled", { body, city: meeting.place.city })} ${meeting.date.slice(0, 4)}`;
}
