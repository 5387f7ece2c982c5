#include "kernel/mail/mime_message.hpp"

#include <gtest/gtest.h>

namespace enlace {
namespace {

Timestamp At(int year, unsigned month, unsigned day, int hours, int minutes) {
  return std::chrono::sys_days{Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}}} +
         std::chrono::hours{hours} + std::chrono::minutes{minutes};
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find("\r\n", start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 2;
  }
  return lines;
}

TEST(MimeMessageTest, DatesFollowRfc5322) {
  EXPECT_EQ(FormatMailDate(At(2026, 11, 29, 10, 5)), "Sun, 29 Nov 2026 10:05:00 +0000");
  EXPECT_EQ(FormatMailDate(At(2018, 3, 1, 0, 0)), "Thu, 1 Mar 2018 00:00:00 +0000");
}

TEST(MimeMessageTest, NamesAreQuotedOrEncoded) {
  EXPECT_EQ(FormatMailbox("Ana Lopez", "ana@example.org"), "\"Ana Lopez\" <ana@example.org>");
  EXPECT_EQ(FormatMailbox("O'Brien, \"J\"", "j@example.org"), "\"O'Brien, \\\"J\\\"\" <j@example.org>");
  EXPECT_EQ(FormatMailbox("", "ana@example.org"), "<ana@example.org>");
  EXPECT_EQ(FormatMailbox("Núñez", "n@example.org"), "=?UTF-8?B?TsO6w7Fleg==?= <n@example.org>");
}

TEST(MimeMessageTest, LongUtf8SubjectsAreFoldedWithoutSplittingACharacter) {
  std::string subject =
      "Quedan 14 días: Países Miembros — enviar comentarios al Glosario de la Conferencia (acuerdo 7)";
  std::string encoded = EncodeHeaderText(subject, 9);
  std::vector<std::string> lines = Lines(encoded);
  ASSERT_GT(lines.size(), 1u);
  for (std::size_t i = 0; i < lines.size(); ++i) EXPECT_LE(lines[i].size() + (i == 0 ? 9 : 0), 78u) << lines[i];
  // Only the words that need it are encoded.
  EXPECT_TRUE(encoded.starts_with("Quedan 14 =?UTF-8?B?")) << encoded;
  EXPECT_NE(encoded.find(" enviar comentarios al Glosario de la Conferencia (acuerdo 7)"), std::string::npos)
      << encoded;
  EXPECT_EQ(EncodeHeaderText("14 days left: submit comments", 9), "14 days left: submit comments");
  EXPECT_EQ(EncodeHeaderText("two\r\nBcc: evil@example.org", 9), "two Bcc: evil@example.org");
}

TEST(MimeMessageTest, QuotedPrintableKeepsLinesShortAndEncodesWhatMustBe) {
  EXPECT_EQ(QuotedPrintable("año = 1"), "a=C3=B1o =3D 1");
  EXPECT_EQ(QuotedPrintable("trailing space \nnext"), "trailing space=20\r\nnext");
  EXPECT_EQ(QuotedPrintable("a\r\nb\rc"), "a\r\nb\r\nc");
  std::string encoded = QuotedPrintable(std::string(200, 'x') + " ñ " + std::string(100, '='));
  for (const std::string& line : Lines(encoded)) EXPECT_LE(line.size(), 76u);
  for (std::size_t at = encoded.find("=\r\n"); at != std::string::npos; at = encoded.find("=\r\n", at + 1)) {
    ASSERT_GE(at, 2u);
    EXPECT_NE(encoded[at - 1], '=');
    EXPECT_NE(encoded[at - 2], '=');
  }
}

TEST(MimeMessageTest, TheMessageHasTheHeadersMailersExpect) {
  OutgoingEmail email{
      .to = "ana@example.org", .to_name = "Ana María", .subject = "Plazo", .text = "Hola\nadiós", .language = "es"};
  std::string message = ComposeMimeMessage(email, MessageHeaders{.from_address = "enlace@example.org",
                                                                 .from_name = "enlace",
                                                                 .date = At(2026, 11, 29, 10, 0),
                                                                 .message_id = "1.2@example.org"});
  EXPECT_TRUE(message.starts_with("Date: Sun, 29 Nov 2026 10:00:00 +0000\r\n"));
  for (const char* header :
       {"\r\nFrom: \"enlace\" <enlace@example.org>\r\n", "\r\nTo: Ana =?UTF-8?B?TWFyw61h?= <ana@example.org>\r\n",
        "\r\nSubject: Plazo\r\n", "\r\nMessage-ID: <1.2@example.org>\r\n", "\r\nMIME-Version: 1.0\r\n",
        "\r\nContent-Type: text/plain; charset=utf-8\r\n", "\r\nContent-Transfer-Encoding: quoted-printable\r\n",
        "\r\nContent-Language: es\r\n", "\r\nAuto-Submitted: auto-generated\r\n"}) {
    EXPECT_NE(message.find(header), std::string::npos) << header;
  }
  EXPECT_TRUE(message.ends_with("\r\n\r\nHola\r\nadi=C3=B3s\r\n"));
  // No bare LF anywhere.
  for (std::size_t i = 0; i < message.size(); ++i) {
    if (message[i] == '\n') {
      EXPECT_EQ(message[i - 1], '\r');
    }
  }
}

TEST(MimeMessageTest, TheLanguageHeaderNamesAnyLanguageButNothingElse) {
  OutgoingEmail email{.to = "ana@example.org", .subject = "Rappel", .text = "Bonjour", .language = "fr"};
  MessageHeaders headers{.from_address = "enlace@example.org", .message_id = "1.2@example.org"};
  EXPECT_NE(ComposeMimeMessage(email, headers).find("\r\nContent-Language: fr\r\n"), std::string::npos);
  email.language = "en\r\nBcc: someone@example.org";
  std::string message = ComposeMimeMessage(email, headers);
  EXPECT_NE(message.find("\r\nContent-Language: es\r\n"), std::string::npos);
  EXPECT_EQ(message.find("Bcc"), std::string::npos);
}

TEST(MimeMessageTest, AddressesAreCheckedBeforeTheyReachTheEnvelope) {
  EXPECT_TRUE(IsPlausibleAddress("ana.lopez@cancilleria.gob.hn"));
  EXPECT_FALSE(IsPlausibleAddress("ana"));
  EXPECT_FALSE(IsPlausibleAddress("ana@localhost"));
  EXPECT_FALSE(IsPlausibleAddress("@example.org"));
  EXPECT_FALSE(IsPlausibleAddress("a b@example.org"));
  EXPECT_FALSE(IsPlausibleAddress("a@example.org>\r\nRCPT TO:<b@example.org"));
  EXPECT_FALSE(IsPlausibleAddress("a@b@example.org"));
}

}  // namespace
}  // namespace enlace
