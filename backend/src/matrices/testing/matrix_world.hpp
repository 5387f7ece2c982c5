// The unit tests' world: a TestKernel (an in-memory SQLite database, no HTTP) with the
// capabilities matrices need, the RCM's reference data from data/reference/rcm, one person per
// kind of caller — "ts" (Secretariat), "hn" and "gt" (officers of Honduras and Guatemala),
// "observer" (IOM) — and helpers that build a matrix with topics and take a round through its steps.
#pragma once

#include <map>
#include <string>

#include "accounts/domain/user.hpp"
#include "kernel/testing/test_kernel.hpp"
#include "matrices/domain/matrix_service.hpp"

namespace enlace::testing {

class MatrixWorld {
 public:
  MatrixWorld();

  TestKernel& test() { return test_; }
  Store& store() { return test_.store(); }
  ManualClock& clock() { return test_.clock(); }
  MatrixService& service() { return test_.Get<MatrixService>(); }
  ProcessId process() const { return process_; }
  RequestContext As(const std::string& who) const;

  // A smuggling matrix with `topics` topics, made by the Secretariat.
  Matrix MakeMatrix(int topics = 2);
  // Opens the next round of `matrix` due on 2026-12-31.
  RoundView Open(const Matrix& matrix);
  // A cell with one provision whose Spanish excerpt is `excerpt_es` (and English `excerpt_en`).
  static CellContent Content(const std::string& excerpt_es, const std::string& excerpt_en = "");
  // `who` writes the cell then the country submits and the Secretariat validates and closes the round.
  void Publish(const Matrix& matrix, int round, const std::string& country, const CellContent& content,
               int topic_index = 0);

 private:
  void AddPerson(const std::string& who, const RequestContext& context, UserDraft draft);

  TestKernel test_;
  ProcessId process_;
  std::map<std::string, Actor> actors_;
};

}  // namespace enlace::testing
