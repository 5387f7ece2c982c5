// Reading a service's answer in a test in one line: what it refused for, and which fields.
//
//   EXPECT_EQ(Outcome(service.Create(context, input)), "validation_failed");
//   EXPECT_EQ(FieldReasons(result), (Fields{"party:required", "progress:invalid_progress"}));
#pragma once

#include <string>
#include <vector>

#include "kernel/domain/error.hpp"

namespace enlace::testing {

using Fields = std::vector<std::string>;

// "ok", or the error's reason ("stale_version", "wrong_country", "validation_failed", …).
template <typename T>
std::string Outcome(const Result<T>& result) {
  return result ? std::string("ok") : result.error().reason;
}

// "field:reason" for each field error, in the order the validator found them; empty when none.
inline Fields FieldReasons(const Error& error) {
  Fields fields;
  for (const auto& field : error.fields) fields.push_back(field.field + ":" + field.reason);
  return fields;
}
template <typename T>
Fields FieldReasons(const Result<T>& result) {
  return result ? Fields{} : FieldReasons(result.error());
}

}  // namespace enlace::testing
