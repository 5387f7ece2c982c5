#include "kernel/mail/smtp_mailer.hpp"

#include <curl/curl.h>

#include <cstring>
#include <mutex>
#include <random>

#include "kernel/domain/reasons.hpp"
#include "kernel/mail/mime_message.hpp"

namespace enlace {
namespace {

void InitializeCurlOnce() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

Error MailFailed(ErrorCode code, std::string detail) {
  return Error{.code = code, .reason = reasons::kMailFailed, .detail = std::move(detail)};
}

// The message being uploaded, read by curl in pieces.
struct Upload {
  const std::string* message = nullptr;
  std::size_t offset = 0;
};

std::size_t ReadUpload(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* upload = static_cast<Upload*>(user);
  std::size_t room = size * count;
  std::size_t left = upload->message->size() - upload->offset;
  std::size_t chunk = std::min(room, left);
  std::memcpy(buffer, upload->message->data() + upload->offset, chunk);
  upload->offset += chunk;
  return chunk;
}

struct EasyDeleter {
  void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
};
struct ListDeleter {
  void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
struct UrlDeleter {
  void operator()(CURLU* url) const { curl_url_cleanup(url); }
};

}  // namespace

Result<std::unique_ptr<SmtpMailer>> SmtpMailer::Create(SmtpSettings settings) {
  InitializeCurlOnce();
  std::unique_ptr<CURLU, UrlDeleter> url(curl_url());
  if (!url || curl_url_set(url.get(), CURLUPART_URL, settings.url.c_str(), 0) != CURLUE_OK) {
    return std::unexpected(
        Error::Invalid(reasons::kInvalidSmtpUrl, "not a URL: expected smtp://host:port or smtps://host:port"));
  }
  char* scheme = nullptr;
  char* host = nullptr;
  curl_url_get(url.get(), CURLUPART_SCHEME, &scheme, 0);
  curl_url_get(url.get(), CURLUPART_HOST, &host, 0);
  std::string scheme_text = scheme != nullptr ? scheme : "";
  std::string host_text = host != nullptr ? host : "";
  curl_free(scheme);
  curl_free(host);
  if (scheme_text != "smtp" && scheme_text != "smtps") {
    return std::unexpected(
        Error::Invalid(reasons::kInvalidSmtpUrl, "the scheme must be smtp:// or smtps://, not " + scheme_text + "://"));
  }
  if (host_text.empty()) return std::unexpected(Error::Invalid(reasons::kInvalidSmtpUrl, "the URL names no host"));
  if (!IsPlausibleAddress(settings.from_address)) {
    return std::unexpected(Error::Invalid(reasons::kInvalidEmail, "the From address is not an e-mail address"));
  }
  return std::unique_ptr<SmtpMailer>(new SmtpMailer(std::move(settings)));
}

SmtpMailer::SmtpMailer(SmtpSettings settings) : settings_(std::move(settings)) {
  message_id_domain_ = settings_.from_address.substr(settings_.from_address.find('@') + 1);
}

std::string SmtpMailer::NextMessageId() {
  thread_local std::mt19937_64 random{std::random_device{}()};
  auto now = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch());
  char buffer[96];
  std::snprintf(buffer, sizeof buffer, "%lld.%llu.%016llx", static_cast<long long>(now.count()),
                static_cast<unsigned long long>(sent_.fetch_add(1) + 1), static_cast<unsigned long long>(random()));
  return std::string(buffer) + "@" + message_id_domain_;
}

Result<void> SmtpMailer::Send(const OutgoingEmail& email) {
  if (!IsPlausibleAddress(email.to)) {
    return std::unexpected(MailFailed(ErrorCode::kInvalidArgument, "the recipient address is not an e-mail address"));
  }
  MessageHeaders headers{.from_address = settings_.from_address,
                         .from_name = settings_.from_name,
                         .date = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()),
                         .message_id = NextMessageId()};
  const std::string message = ComposeMimeMessage(email, headers);

  std::unique_ptr<CURL, EasyDeleter> curl(curl_easy_init());
  if (!curl) return std::unexpected(MailFailed(ErrorCode::kUnavailable, "cannot start libcurl"));
  std::unique_ptr<curl_slist, ListDeleter> recipients(curl_slist_append(nullptr, ("<" + email.to + ">").c_str()));
  const std::string from = "<" + settings_.from_address + ">";
  Upload upload{.message = &message};
  char error_buffer[CURL_ERROR_SIZE] = {};
  CURL* handle = curl.get();
  curl_easy_setopt(handle, CURLOPT_URL, settings_.url.c_str());
  curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
  curl_easy_setopt(handle, CURLOPT_MAIL_FROM, from.c_str());
  curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients.get());
  curl_easy_setopt(handle, CURLOPT_READFUNCTION, &ReadUpload);
  curl_easy_setopt(handle, CURLOPT_READDATA, &upload);
  curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(handle, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(message.size()));
  curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, static_cast<long>(settings_.connect_timeout.count()));
  curl_easy_setopt(handle, CURLOPT_TIMEOUT, static_cast<long>(settings_.timeout.count()));
  curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);  // no SIGALRM for timeouts: safe in threads
  curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, error_buffer);
  if (!settings_.username.empty()) {
    curl_easy_setopt(handle, CURLOPT_USERNAME, settings_.username.c_str());
    curl_easy_setopt(handle, CURLOPT_PASSWORD, settings_.password.c_str());
    curl_easy_setopt(handle, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
  } else {
    curl_easy_setopt(handle, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_TRY));
  }

  CURLcode result = curl_easy_perform(handle);
  if (result != CURLE_OK) {
    long reply = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &reply);
    std::string detail = curl_easy_strerror(result);
    if (error_buffer[0] != '\0') detail += std::string(": ") + error_buffer;
    Error error = MailFailed(ErrorCode::kUnavailable, detail);
    if (reply != 0) error.params["smtp_reply"] = std::to_string(reply);
    return std::unexpected(error);
  }
  return {};
}

}  // namespace enlace
