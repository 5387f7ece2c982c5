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

  // Issue 10, item 10: every action code the server's sources write into the audit log, found in
  // them (not a list kept by hand that can fall behind), reads as a sentence in both languages.
  it("has a sentence for every action code in the server's sources", () => {
    const sources = import.meta.glob<string>(["../../../../backend/src/**/*.cpp", "!**/*_test.cpp", "!**/tests/**", "!**/testing/**"], {
      query: "?raw",
      import: "default",
      eager: true,
    });
    const literal = /(?:audit_action = |AuditRecordFor\([^,]+, |AuditChange\([^,]+, [^,]+, [^,]+, |AuditCreation\([^,]+, [^,]+, [^,]+, |VersionedChange<\w+>\{)"([a-z_]+\.[a-z_]+)"/g;
    const found = new Set<string>();
    for (const text of Object.values(sources)) for (const match of text.matchAll(literal)) found.add(match[1]!);
    // Codes made of a prefix and a step name.
    for (const step of ["create", "update", "send", "forward", "answer", "close", "withdraw"]) found.add(`cooperation_request.${step}`);
    for (const step of ["edit", "submit", "return", "validate"]) found.add(`matrix_column.${step}`);
    expect(Object.keys(sources).length).toBeGreaterThan(50);
    expect(found.size).toBeGreaterThan(40);
    for (const code of ["answer.update", "answer.withdraw", "commitment.remind", "password.reset_request", "password.reset_by_email"]) {
      expect(found).toContain(code);
    }
    const missing = [...found].filter((action) =>
      [es, en].some((t) => /audit\.|Otra acción|Another action/.test(auditSentence({ action, record_id: "1" }, t))),
    );
    expect(missing).toEqual([]);
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
