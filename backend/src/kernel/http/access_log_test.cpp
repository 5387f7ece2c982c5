#include "kernel/http/access_log.hpp"

#include <gtest/gtest.h>

namespace enlace::http {
namespace {

TEST(AccessLogTest, ControlCharactersCannotForgeALine) {
  Request request;
  request.method = "GET";
  request.path = "/api/v1/x\r\n2026-01-01T00:00:00.000 info 1.2.3.4 GET /forged 200\x1b[31m";
  request.remote_ip = "127.0.0.1";
  request.request_id = "rid";
  Response response;
  auto line = AccessLogLine(request, response, 1.0);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  EXPECT_EQ(line.find('\r'), std::string::npos);
  EXPECT_EQ(line.find('\x1b'), std::string::npos);
  EXPECT_NE(line.find("/api/v1/x\\x0d\\x0a2026"), std::string::npos) << line;
  EXPECT_NE(line.find("\\x1b[31m"), std::string::npos) << line;
}

TEST(AccessLogTest, ABackslashIsEscapedSoThatAnEscapeCannotBeFaked) {
  EXPECT_EQ(EscapeForLog("a\\x0ab"), "a\\x5cx0ab");
  EXPECT_EQ(EscapeForLog("plain /path?ñ"), "plain /path?ñ");
}

TEST(AccessLogTest, SecretPathParametersAreRedacted) {
  EXPECT_EQ(RedactPath("/api/v1/calendar/s3cr3t-feed-token", "/api/v1/calendar/{token}"),
            "/api/v1/calendar/[redacted]");
  EXPECT_EQ(RedactPath("/api/v1/meetings/12/calendar.ics", "/api/v1/meetings/{id}/calendar.ics"),
            "/api/v1/meetings/12/calendar.ics");
  EXPECT_TRUE(IsSecretPathParameter("token"));
  EXPECT_TRUE(IsSecretPathParameter("reset_token"));
  EXPECT_FALSE(IsSecretPathParameter("id"));

  Request request;
  request.method = "GET";
  request.path = "/api/v1/calendar/s3cr3t";
  request.log_path = RedactPath(request.path, "/api/v1/calendar/{token}");
  auto line = AccessLogLine(request, Response{}, 0.5);
  EXPECT_EQ(line.find("s3cr3t"), std::string::npos) << line;
}

}  // namespace
}  // namespace enlace::http
