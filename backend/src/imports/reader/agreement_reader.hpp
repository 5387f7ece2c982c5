// One agreement's text → its verb, parties, deadlines and commitments.
//
// Verb: the operative verb the item opens with ("Thank", "Agradecer"), else the first after an
// opening "Regarding …," / "En relación con …,", else the first conjugated one ("Member Countries
// agreed", "se acordó"); a heading without one has none.
//
// Parties: the gazetteer's mentions, in order of first mention, minus what the text names without
// making it a party: the issuing body; a body inside a deadline or an event ("at the next meeting
// of the RCGM"); a place ("held in Tegucigalpa, Honduras", "in the RCM"); the owner of an
// instrument ("the Glossary of the RCM", "the RCM Virtual Secretariat"); a title in quotes;
// "the delegations" when the text says which ("the delegations from Canada, …"); a role beside
// its country ("Mexico, as PPT" is MX). A demonym is a party only with "delegation",
// "government" ("the Mexican delegation", "la delegación mexicana"). A capitalised name with an
// organisation word ("Office", "Comisión", …) or an unknown acronym that no rule excludes is an
// unknown organisation: kept by name, with a warning.
//
// Commitments: who will do what, from four shapes of sentence — a party with a future or a
// promise ("IOM … assumed its commitment to translate it", "Member Countries will submit",
// "los Países Miembros enviarán"); a request or a charge ("request that the RNCOM presents",
// "encomendar a la ST elaborar"); a passive with its agent ("will be submitted … by the TS", "a
// meeting organized by the TS" in a sentence about the future); and an agentless future passive
// with a deadline ("This proposal will be presented and analyzed during …"), which gives its
// deadline to the earlier commitments it speaks of, or else continues the last party's work.
// Exhortations ("urge", "invite", "encourage") are not commitments.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "imports/reader/importer.hpp"
#include "kernel/domain/gazetteer.hpp"
#include "meetings/domain/deadline.hpp"

namespace enlace {

struct AgreementContext {
  const Gazetteer* gazetteer = nullptr;
  DeadlineContext deadlines;
  std::optional<std::string> own_body;  // the issuing body's code
  // The bodies the issuing body's names name (the organisation it belongs to: X for the "Meeting of
  // Presidents of X"): the issuer's own house, context and never a party.
  std::vector<std::string> own_organisations;
  std::string language = "en";
};

struct AgreementReading {
  std::optional<std::string> verb;
  std::vector<std::string> parties;
  std::vector<Deadline> deadlines;
  std::vector<ImportedCommitment> commitments;
  std::vector<std::string> warnings;
};

AgreementReading ReadAgreement(std::string_view text, bool heading, const AgreementContext& context);

}  // namespace enlace
