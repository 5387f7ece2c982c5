// Builders for tests: records with sensible defaults, overridable field by field.
import { asContactPointId, asCountryCode, asNetworkCode, asTopicCode, asUserId, asVersion, type ProcessCode } from "./ids";
import type { ContactPoint, User } from "./model";

export function aUser(overrides: Partial<User> = {}): User {
  return {
    id: asUserId(1),
    email: "ana@example.org",
    name: "Ana",
    role: "secretariat",
    country: null,
    organization: null,
    language: "es",
    active: true,
    process: "RCM" as ProcessCode,
    version: asVersion(1),
    created_at: "2026-01-01T00:00:00Z",
    ...overrides,
  };
}

export function aContactPoint(overrides: Partial<ContactPoint> = {}): ContactPoint {
  return {
    id: asContactPointId(1),
    country: asCountryCode("HN"),
    network: asNetworkCode("SMUGGLING_TIP_NETWORK"),
    topic: asTopicCode("general"),
    name: "María López",
    position: "Directora",
    institution: "Instituto Nacional de Migración",
    email: "maria@example.hn",
    phone: "+504 2234 5678",
    languages: ["es"],
    valid_from: "2026-01-01",
    valid_to: null,
    status: "confirmed",
    proposed_by: { id: asUserId(2), name: "Officer" },
    confirmed_by: null,
    confirmed_at: null,
    rejection_reason: null,
    version: asVersion(1),
    created_at: "2026-01-01T00:00:00Z",
    updated_at: "2026-01-01T00:00:00Z",
    ...overrides,
  };
}
