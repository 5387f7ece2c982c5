// The catalogue parts of every page but the public one: loaded on demand by loadAllTexts()
// (catalogue.core.ts). Adding a feature adds its pair here (one line, and its two imports).

import { auditEn } from "../features/audit/i18n.en";
import { auditEs } from "../features/audit/i18n.es";
import { publicRecordEn } from "../features/publicRecord/i18n.en";
import { publicRecordEs } from "../features/publicRecord/i18n.es";
import { commitmentsEn } from "../features/commitments/i18n.en";
import { commitmentsEs } from "../features/commitments/i18n.es";
import { contactsEn } from "../features/contacts/i18n.en";
import { contactsEs } from "../features/contacts/i18n.es";
import { cooperationEn } from "../features/cooperation/i18n.en";
import { cooperationEs } from "../features/cooperation/i18n.es";
import { documentsEn } from "../features/documents/i18n.en";
import { documentsEs } from "../features/documents/i18n.es";
import { followUpEn } from "../features/followUp/i18n.en";
import { followUpEs } from "../features/followUp/i18n.es";
import { homeEn } from "../features/home/i18n.en";
import { homeEs } from "../features/home/i18n.es";
import { importsEn } from "../features/imports/i18n.en";
import { importsEs } from "../features/imports/i18n.es";
import { matricesEn } from "../features/matrices/i18n.en";
import { matricesEs } from "../features/matrices/i18n.es";
import { meetingsEn } from "../features/meetings/i18n.en";
import { meetingsEs } from "../features/meetings/i18n.es";
import { notificationsEn } from "../features/notifications/i18n.en";
import { notificationsEs } from "../features/notifications/i18n.es";
import { referenceEn } from "../features/reference/i18n.en";
import { referenceEs } from "../features/reference/i18n.es";
import { searchEn } from "../features/search/i18n.en";
import { searchEs } from "../features/search/i18n.es";
import { sessionEn } from "../features/session/i18n.en";
import { sessionEs } from "../features/session/i18n.es";
import { usersEn } from "../features/users/i18n.en";
import { usersEs } from "../features/users/i18n.es";

/** The parts, Spanish and English side by side. */
export const restParts = [
  [sessionEs, sessionEn],
  [homeEs, homeEn],
  [contactsEs, contactsEn],
  [referenceEs, referenceEn],
  [usersEs, usersEn],
  [auditEs, auditEn],
  [publicRecordEs, publicRecordEn],
  [meetingsEs, meetingsEn],
  [commitmentsEs, commitmentsEn],
  [followUpEs, followUpEn],
  [notificationsEs, notificationsEn],
  [importsEs, importsEn],
  [cooperationEs, cooperationEn],
  [matricesEs, matricesEn],
  [documentsEs, documentsEn],
  [searchEs, searchEn],
] as const;
