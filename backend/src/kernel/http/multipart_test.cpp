#include "kernel/http/multipart.hpp"

#include <gtest/gtest.h>

namespace enlace::http {
namespace {

Request MultipartRequest(std::string body, std::string boundary = "XyZ") {
  Request request;
  request.headers["Content-Type"] = "multipart/form-data; boundary=" + boundary;
  request.body = std::move(body);
  return request;
}

TEST(MultipartTest, ReadsFieldsAndFiles) {
  auto request = MultipartRequest(
      "--XyZ\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nAvance del país\r\n"
      "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"informe final.pdf\"\r\n"
      "Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\nbinary\r\n--XyZ--\r\n");
  auto parts = ParseMultipart(request);
  ASSERT_TRUE(parts);
  ASSERT_EQ(parts->size(), 2u);
  EXPECT_EQ((*parts)[0].name, "text");
  EXPECT_EQ((*parts)[0].content, "Avance del país");
  EXPECT_FALSE((*parts)[0].file_name);
  EXPECT_EQ((*parts)[1].file_name, std::optional<std::string>("informe final.pdf"));
  EXPECT_EQ((*parts)[1].content, "%PDF-1.4\r\nbinary");
}

TEST(MultipartTest, RefusesBodiesThatDoNotFollowTheBoundary) {
  EXPECT_FALSE(ParseMultipart(MultipartRequest("no boundary here")));
  EXPECT_FALSE(
      ParseMultipart(MultipartRequest("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunterminated")));
  Request without;
  without.headers["Content-Type"] = "multipart/form-data";
  EXPECT_FALSE(ParseMultipart(without));
}

}  // namespace
}  // namespace enlace::http
