// The fixture of the integration tests: each test gets its own server and database, and every
// suite runs once on SQLite and once on PostgreSQL.
#pragma once

#include <gtest/gtest.h>

#include <memory>

#include "support/test_server.hpp"

namespace enlace::testing {

class ApiTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override { server_ = std::make_unique<TestServer>(GetParam(), Options()); }
  void TearDown() override { server_.reset(); }
  virtual TestServerOptions Options() { return {}; }
  TestServer& server() { return *server_; }

 private:
  std::unique_ptr<TestServer> server_;
};

inline std::string BackendParamName(const ::testing::TestParamInfo<Backend>& info) { return BackendName(info.param); }

}  // namespace enlace::testing

#define ENLACE_ON_BOTH_DATABASES(Suite)                                                                \
  INSTANTIATE_TEST_SUITE_P(                                                                            \
      Databases, Suite,                                                                                \
      ::testing::Values(::enlace::testing::Backend::kSqlite, ::enlace::testing::Backend::kPostgresql), \
      ::enlace::testing::BackendParamName)
