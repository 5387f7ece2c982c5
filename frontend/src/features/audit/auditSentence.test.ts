import { describe, expect, it } from "vitest";
import { createTranslator, mergeCatalogues, type Messages } from "../../domain/i18n/translate";
import { auditEn } from "./i18n.en";
import { auditEs } from "./i18n.es";
import { auditSentence } from "./auditSentence";

describe("the audit log in words", () => {
  // This feature's own catalogue is enough: the sentences and the fallback live in it.
  const es = createTranslator(mergeCatalogues(auditEs) as unknown as Messages, "es");
  const en = createTranslator(mergeCatalogues(auditEn) as unknown as Messages, "en");

  it("says what happened in the user's language", () => {
    expect(auditSentence({ action: "contact_point.confirm", record_id: "5" }, en)).toBe("Confirmed contact point 5");
    expect(auditSentence({ action: "contact_point.confirm", record_id: "5" }, es)).toBe("Confirmó el punto de contacto 5");
    expect(auditSentence({ action: "session.create", record_id: "1" }, es)).toBe("Inició sesión");
  });

  it("falls back gracefully for a code it does not know", () => {
    expect(auditSentence({ action: "legislation.import", record_id: "2" }, en)).toBe("Another action (legislation.import)");
    expect(auditSentence({ action: "weird", record_id: null }, es)).toBe("Otra acción (weird)");
  });

  it("has a sentence for every action the server writes", () => {
    const known = [
      "session.create", "session.delete", "user.create", "user.update", "user.update_self", "user.change_password",
      "user.reset_password", "user.mfa_enable", "user.mfa_disable", "user.calendar_feed", "meeting.create", "meeting.update",
      "meeting.add_file", "meeting.delete_file", "agreement.create", "agreement.update", "agreement.delete",
      "commitment.create", "commitment.update", "commitment.delete", "commitment.report", "commitment.resolve_deadline",
      "contact_point.propose", "contact_point.confirm", "contact_point.reject", "contact_point.update", "contact_point.end",
      "cooperation_request.create", "cooperation_request.update", "cooperation_request.send", "cooperation_request.forward",
      "cooperation_request.answer", "cooperation_request.close", "cooperation_request.withdraw", "import.upload",
      "import.confirm", "file.download", "notification.read", "accounts.purge",
    ];
    for (const action of known) {
      for (const t of [es, en]) expect(auditSentence({ action, record_id: "1" }, t)).not.toMatch(/audit\.|Otra acción|Another action/);
    }
  });
});
