// What the interface offers whom, mirroring the server's rules (backend/src/documents/domain/
// document_policy.hpp). The server decides; these functions only decide what is shown. Pure.

import type { User } from "../../domain/model";
import type { AccessLevel, DocumentLanguage } from "./model";

/** Only the Technical Secretariat adds, uploads, distributes and reminds. */
export function canManageDocuments(user: User | null): boolean {
  return user?.role === "secretariat";
}

/** The access levels a reader may open (the server filters the same way). */
export function mayRead(user: User | null, level: AccessLevel): boolean {
  if (level === "public") return true;
  if (!user) return false;
  if (level === "participants") return true;
  if (level === "members") return user.role === "secretariat" || user.role === "country_officer";
  return user.role === "secretariat";
}

/** The other language of the pair, for "English pending" next to a Spanish-only document. */
export function otherLanguage(language: DocumentLanguage): DocumentLanguage {
  return language === "es" ? "en" : "es";
}
