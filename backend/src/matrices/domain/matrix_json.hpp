// The JSON forms of matrices and cells, as the API sends them, the audit log keeps them and the
// storage keeps a cell's content (schemas in http/matrix_schemas.cpp).
#pragma once

#include <nlohmann/json.hpp>

#include "matrices/domain/matrix.hpp"
#include "matrices/domain/word_diff.hpp"

namespace enlace {

// A cell's content as stored and as sent: {"provisions": [...], "no_provision", "note"}. Each
// provision carries "source_language" and "stale"; with `today`, also "languages" and "outdated".
nlohmann::json ToJson(const CellContent& content, std::optional<Date> today = std::nullopt,
                      int outdated_after_days = kDefaultOutdatedAfterDays);
// Reads a cell's content sent by a client or stored; every malformed field at once (422).
// Unknown fields are refused, as everywhere in the API; "stale", "languages" and "outdated" are
// what the server computes and are ignored when present (a client may send back what it read).
Result<CellContent> CellContentFromJson(const nlohmann::json& body);

nlohmann::json PersonJson(const MatrixPerson& person);
nlohmann::json ToJson(const MatrixTopic& topic);
nlohmann::json ToJson(const MatrixRound& round);
nlohmann::json ToJson(const MatrixCell& cell, Date today, int outdated_after_days);
nlohmann::json ToJson(const RoundColumn& column);
nlohmann::json ToJson(const DraftCell& draft, int round, Date today, int outdated_after_days);
nlohmann::json ToJson(const std::vector<DiffSegment>& diff);
// The matrix with its topics, countries, rounds and the cells it was read with.
nlohmann::json ToJson(const Matrix& matrix, Date today, std::optional<int> as_of_round);
// A matrix in a list: no topics or cells.
nlohmann::json SummaryJson(const Matrix& matrix);

}  // namespace enlace
