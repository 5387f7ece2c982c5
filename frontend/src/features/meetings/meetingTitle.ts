// A meeting's name as people tell meetings apart, the same on every page: its title in the
// interface language (else the body that met), then the place and the year —
// "XXIX Reunión de la Red de Funcionarios de Enlace — San Pedro Sula, 2024". A title that
// already names the city or the year does not repeat it.
import type { Translate } from "../../domain/i18n/translate";
import type { Language } from "../../domain/language";
import { localizedString, type LocalizedText } from "../../domain/localized";
import type { Place } from "../../domain/meetings";
import type { Parties } from "../commitments";

export function meetingTitle(
  meeting: { readonly title?: LocalizedText; readonly body: string; readonly place: Place; readonly date: string },
  parties: Parties,
  language: Language,
  _t?: Translate,
): string {
  const name = localizedString(meeting.title, language) || parties.name(meeting.body);
  const city = meeting.place.city.trim();
  const year = meeting.date.slice(0, 4);
  const where = city !== "" && !name.includes(city) ? city : "";
  const when = name.includes(year) ? "" : year;
  const tail = [where, when].filter((part) => part !== "").join(", ");
  return tail === "" ? name : `${name} — ${tail}`;
}
