// A gazetteer of a process's own reference data (names and abbreviations of its countries,
// organisations and networks in both languages), for reading the deadlines people type.
#pragma once

#include "kernel/domain/gazetteer.hpp"
#include "reference/domain/reference.hpp"

namespace enlace {

Gazetteer GazetteerOf(const ReferenceData& reference);

}  // namespace enlace
