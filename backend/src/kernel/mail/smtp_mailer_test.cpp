// Delivers to a real SMTP server on loopback: testdata/smtp_sink.py, on Debian's python3-aiosmtpd,
// which records each message's envelope and what Python's own e-mail parser decodes from it (an
// independent reader of our MIME).
#include "kernel/mail/smtp_mailer.hpp"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

namespace enlace {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

constexpr const char* kPython = "/usr/bin/python3";

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

bool Accepts(int port) {
  int descriptor = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bool connected = connect(descriptor, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  close(descriptor);
  return connected;
}

// A port nobody listens on: bound, then released.
int ClosedPort() {
  int descriptor = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(descriptor, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t length = sizeof address;
  getsockname(descriptor, reinterpret_cast<sockaddr*>(&address), &length);
  close(descriptor);
  return ntohs(address.sin_port);
}

// The sink server, started once for the suite and stopped at its end.
class SmtpMailerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (std::system((std::string(kPython) + " -c 'import aiosmtpd' 2>/dev/null").c_str()) != 0) {
      setup_error_ = "python3-aiosmtpd is missing: install it (scripts/install-deps.sh installs it)";
      return;
    }
    char folder_template[] = "/tmp/enlace-smtp-XXXXXX";
    if (mkdtemp(folder_template) == nullptr) {
      setup_error_ = "cannot create a temporary folder";
      return;
    }
    folder_ = folder_template;
    std::string script = std::string(ENLACE_SOURCE_DIR) + "/backend/src/kernel/mail/testdata/smtp_sink.py";
    pid_ = fork();
    if (pid_ == 0) {
      prctl(PR_SET_PDEATHSIG, SIGTERM);  // never outlive the test binary, even if it crashes
      execl(kPython, kPython, script.c_str(), folder_.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    auto deadline = std::chrono::steady_clock::now() + 20s;
    while (std::chrono::steady_clock::now() < deadline) {
      int status = 0;
      if (waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        setup_error_ = "the SMTP sink exited early (status " + std::to_string(status) + ")";
        return;
      }
      if (fs::exists(folder_ / "port")) {
        port_ = std::stoi(ReadFile(folder_ / "port"));
        if (Accepts(port_)) return;
      }
      std::this_thread::sleep_for(50ms);
    }
    setup_error_ = "the SMTP sink did not start listening within 20 s";
  }

  static void TearDownTestSuite() {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      int status = 0;
      waitpid(pid_, &status, 0);
      pid_ = -1;
    }
    if (!folder_.empty()) fs::remove_all(folder_);
  }

  void SetUp() override { ASSERT_TRUE(setup_error_.empty()) << setup_error_; }

  static SmtpSettings Settings(int port) {
    return SmtpSettings{.url = "smtp://127.0.0.1:" + std::to_string(port),
                        .from_address = "enlace@enlace.example.org",
                        .from_name = "enlace — Conferencia Regional sobre Migración"};
  }

  static int Received() {
    int count = 0;
    for (const auto& entry : fs::directory_iterator(folder_)) count += entry.path().extension() == ".json";
    return count;
  }

  // The JSON of the n-th message (1-based), waiting up to 10 s for it.
  static nlohmann::json Message(int n) {
    char name[16];
    std::snprintf(name, sizeof name, "%03d.json", n);
    auto deadline = std::chrono::steady_clock::now() + 10s;
    while (!fs::exists(folder_ / name) && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(20ms);
    if (!fs::exists(folder_ / name)) return nullptr;
    return nlohmann::json::parse(ReadFile(folder_ / name));
  }

  static std::string Raw(int n) {
    char name[16];
    std::snprintf(name, sizeof name, "%03d.eml", n);
    return ReadFile(folder_ / name);
  }

  static std::string Normalized(std::string text) {
    for (std::size_t at = text.find("\r\n"); at != std::string::npos; at = text.find("\r\n", at)) text.erase(at, 1);
    return text;
  }

  static inline std::string setup_error_;
  static inline fs::path folder_;
  static inline pid_t pid_ = -1;
  static inline int port_ = 0;
};

TEST_F(SmtpMailerTest, DeliversASpanishAndAnEnglishMessageThatReadBackIntact) {
  auto mailer = SmtpMailer::Create(Settings(port_));
  ASSERT_TRUE(mailer) << mailer.error().detail;
  int before = Received();

  OutgoingEmail spanish{.to = "ana.nunez@cancilleria.example.hn",
                        .to_name = "Ana María Núñez — Cancillería de Honduras",
                        .subject = "Quedan 14 días: Países Miembros — enviar comentarios al Glosario (acuerdo 7)",
                        .text =
                            "Estimada Ana María:\n\nEl compromiso vence el 30 de marzo de 2018.\n\n"
                            "https://enlace.example.org/commitments/34\n",
                        .language = "es"};
  // Lines a mail transfer could damage: a lone dot, a long line, trailing spaces.
  spanish.text += ".\n" + std::string(300, 'x') + " ñ\nfin con espacio   \n";
  ASSERT_TRUE((*mailer)->Send(spanish));

  OutgoingEmail english{.to = "john.obrien@ministry.example.net",
                        .to_name = "Jöhn O'Brien, \"Liaison\"",
                        .subject = "14 days left: Member Countries — submit comments on the Glossary (agreement 7) €",
                        .text = "Dear John,\n\nThis is a reminder.\n\nhttps://enlace.example.org/commitments/34\n",
                        .language = "en"};
  ASSERT_TRUE((*mailer)->Send(english));

  nlohmann::json first = Message(before + 1);
  nlohmann::json second = Message(before + 2);
  ASSERT_FALSE(first.is_null());
  ASSERT_FALSE(second.is_null());

  EXPECT_EQ(first["mail_from"], "enlace@enlace.example.org");
  EXPECT_EQ(first["rcpt_tos"], nlohmann::json::array({"ana.nunez@cancilleria.example.hn"}));
  EXPECT_EQ(first["subject"], "Quedan 14 días: Países Miembros — enviar comentarios al Glosario (acuerdo 7)");
  EXPECT_EQ(first["to_name"], "Ana María Núñez — Cancillería de Honduras");
  EXPECT_EQ(first["from_name"], "enlace — Conferencia Regional sobre Migración");
  EXPECT_EQ(first["content_type"], "text/plain");
  EXPECT_EQ(first["charset"], "utf-8");
  EXPECT_EQ(first["content_language"], "es");
  EXPECT_EQ(first["defects"], nlohmann::json::array());
  EXPECT_EQ(Normalized(first["text"]), spanish.text);
  EXPECT_NE(first["text"].get<std::string>().find("vence el 30 de marzo de 2018"), std::string::npos);

  EXPECT_EQ(second["rcpt_tos"], nlohmann::json::array({"john.obrien@ministry.example.net"}));
  EXPECT_EQ(second["subject"], english.subject);
  EXPECT_EQ(second["to_name"], english.to_name);
  EXPECT_EQ(second["content_language"], "en");
  EXPECT_EQ(Normalized(second["text"]), english.text);
  EXPECT_NE(first["message_id"], second["message_id"]);

  // On the wire: CRLF only, no line longer than 78 characters in the headers or 76 in the body.
  std::string raw = Raw(before + 1);
  std::size_t body = raw.find("\r\n\r\n");
  ASSERT_NE(body, std::string::npos);
  std::size_t start = 0;
  while (start < raw.size()) {
    std::size_t end = raw.find("\r\n", start);
    if (end == std::string::npos) end = raw.size();
    EXPECT_LE(end - start, start < body ? 78u : 76u) << raw.substr(start, end - start);
    EXPECT_EQ(raw.substr(start, end - start).find('\n'), std::string::npos);
    start = end + 2;
  }
}

TEST_F(SmtpMailerTest, SeveralThreadsSendAtOnce) {
  auto mailer = SmtpMailer::Create(Settings(port_));
  ASSERT_TRUE(mailer);
  int before = Received();
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&, i] {
      OutgoingEmail email{
          .to = "officer" + std::to_string(i) + "@example.org", .subject = "Resumen", .text = "Hola", .language = "es"};
      if (!(*mailer)->Send(email)) ++failures;
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(failures, 0);
  std::set<std::string> recipients;
  for (int n = before + 1; n <= before + 4; ++n) {
    nlohmann::json message = Message(n);
    ASSERT_FALSE(message.is_null());
    recipients.insert(message["rcpt_tos"][0].get<std::string>());
  }
  EXPECT_EQ(recipients.size(), 4u);
}

TEST_F(SmtpMailerTest, ARefusedRecipientIsAMailFailureWithTheServersReply) {
  auto mailer = SmtpMailer::Create(Settings(port_));
  ASSERT_TRUE(mailer);
  auto sent = (*mailer)->Send(OutgoingEmail{.to = "reject@example.org", .subject = "x", .text = "x", .language = "en"});
  ASSERT_FALSE(sent);
  EXPECT_EQ(sent.error().reason, "mail_failed");
  EXPECT_EQ(sent.error().code, ErrorCode::kUnavailable);
  EXPECT_EQ(sent.error().params.at("smtp_reply"), "550");
  EXPECT_FALSE(sent.error().detail.empty());
}

TEST_F(SmtpMailerTest, AnUnreachableServerIsAMailFailure) {
  auto mailer = SmtpMailer::Create(Settings(ClosedPort()));
  ASSERT_TRUE(mailer);
  auto started = std::chrono::steady_clock::now();
  auto sent = (*mailer)->Send(OutgoingEmail{.to = "ana@example.org", .subject = "x", .text = "x", .language = "es"});
  ASSERT_FALSE(sent);
  EXPECT_EQ(sent.error().reason, "mail_failed");
  EXPECT_EQ(sent.error().code, ErrorCode::kUnavailable);
  EXPECT_NE(sent.error().detail.find("onnect"), std::string::npos) << sent.error().detail;
  EXPECT_LT(std::chrono::steady_clock::now() - started, 10s);
}

TEST_F(SmtpMailerTest, ABadRecipientAddressIsRefusedBeforeConnecting) {
  auto mailer = SmtpMailer::Create(Settings(ClosedPort()));
  ASSERT_TRUE(mailer);
  auto sent =
      (*mailer)->Send(OutgoingEmail{.to = "a@example.org>\r\nRCPT TO:<b@example.org", .subject = "x", .text = "x"});
  ASSERT_FALSE(sent);
  EXPECT_EQ(sent.error().reason, "mail_failed");
  EXPECT_EQ(sent.error().code, ErrorCode::kInvalidArgument);
}

TEST(SmtpMailerSettingsTest, BadUrlsAndSendersAreRefusedClearly) {
  auto settings = [](std::string url, std::string from = "enlace@example.org") {
    return SmtpSettings{.url = std::move(url), .from_address = std::move(from)};
  };
  for (const char* url : {"http://mail.example.org", "mail.example.org:25", "", "smtp://", "ftp://x"}) {
    auto mailer = SmtpMailer::Create(settings(url));
    ASSERT_FALSE(mailer) << url;
    EXPECT_EQ(mailer.error().reason, "invalid_smtp_url") << url;
    EXPECT_FALSE(mailer.error().detail.empty());
  }
  EXPECT_TRUE(SmtpMailer::Create(settings("smtps://mail.example.org:465")));
  EXPECT_TRUE(SmtpMailer::Create(settings("smtp://mail.example.org")));
  auto no_sender = SmtpMailer::Create(settings("smtp://mail.example.org", "enlace"));
  ASSERT_FALSE(no_sender);
  EXPECT_EQ(no_sender.error().reason, "invalid_email");
}

}  // namespace
}  // namespace enlace
