// Codes of the reference data (countries, organisations, networks) as documents name them, in
// one language. An unknown code is shown as itself rather than hidden.
#pragma once

#include <string>
#include <string_view>

#include "reference/domain/reference.hpp"

namespace enlace {

struct ReferenceName {
  std::string name;          // "Grupo Regional de Consulta sobre Migración"
  std::string abbreviation;  // "GRCM"; equal to `name` when there is none (countries)
  bool network = false;
  bool organization = false;

  // "Grupo Regional de Consulta sobre Migración (GRCM)"
  std::string WithAbbreviation() const;
};

ReferenceName LookupName(const ReferenceData& reference, std::string_view code, std::string_view language);

}  // namespace enlace
