// Who may see and do what with legislation matrices; the services ask these functions whatever
// route, body or file (a workbook, an import) a request used.
//
//   read the published matrix   everyone signed in to the process (network material)
//   create matrices, topics; open, close rounds; return and validate a column   the Secretariat
//   read, write and submit a country's column in a round   the Secretariat; that country's officers
//
// An officer reaching for another country's column is kForbidden "wrong_country", for reading its
// draft as for writing it: the matrix and its countries are known to every reader, so naming the
// refusal leaks nothing, and it tells the officer exactly what went wrong.
#pragma once

#include <optional>
#include <string_view>

#include "kernel/domain/error.hpp"
#include "kernel/domain/role.hpp"

namespace enlace::policy {

using MaybeActor = std::optional<Actor>;

Result<void> ReadMatrices(const MaybeActor& actor);
Result<void> ManageMatrices(const MaybeActor& actor);
Result<void> WorkOnColumn(const MaybeActor& actor, std::string_view country);

}  // namespace enlace::policy
