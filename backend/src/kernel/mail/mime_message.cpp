#include "kernel/mail/mime_message.hpp"

#include <array>
#include <chrono>
#include <cstdio>
#include <vector>

#include "kernel/domain/wording.hpp"

namespace enlace {
namespace {

constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr std::size_t kMaxEncodedBytes = 45;  // 60 base64 characters: "=?UTF-8?B?" + 60 + "?=" = 72

std::string Base64(std::string_view bytes) {
  std::string out;
  std::size_t i = 0;
  while (i + 2 < bytes.size()) {
    unsigned value = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                     static_cast<unsigned char>(bytes[i + 2]);
    out += kBase64[(value >> 18) & 63];
    out += kBase64[(value >> 12) & 63];
    out += kBase64[(value >> 6) & 63];
    out += kBase64[value & 63];
    i += 3;
  }
  if (i + 1 == bytes.size()) {
    unsigned value = static_cast<unsigned char>(bytes[i]) << 16;
    out += kBase64[(value >> 18) & 63];
    out += kBase64[(value >> 12) & 63];
    out += "==";
  } else if (i + 2 == bytes.size()) {
    unsigned value = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8);
    out += kBase64[(value >> 18) & 63];
    out += kBase64[(value >> 12) & 63];
    out += kBase64[(value >> 6) & 63];
    out += '=';
  }
  return out;
}

// One line, no control characters: what a header value may carry.
std::string HeaderValue(std::string_view text) {
  std::string out;
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool PrintableAscii(std::string_view text) {
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte > 0x7E) return false;
  }
  return true;
}

enum class HeaderKind {
  kPhrase,  // a display name: plain words may not hold RFC 5322 specials
  kText,    // unstructured text (Subject): plain words may hold anything printable
};

bool IsSpecial(char c) {
  return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == ':' || c == ';' || c == '@' ||
         c == '\\' || c == ',' || c == '.' || c == '"';
}

bool NeedsEncoding(std::string_view word, HeaderKind kind) {
  if (word.size() > 70 || word.find("=?") != std::string_view::npos) return true;
  for (char c : word) {
    auto byte = static_cast<unsigned char>(c);
    if (byte < 0x21 || byte > 0x7E) return true;
    if (kind == HeaderKind::kPhrase && IsSpecial(c)) return true;
  }
  return false;
}

// A run of words as encoded words of at most kMaxEncodedBytes each. A run too long for one is
// cut after a space where possible, else between characters (never inside one).
std::vector<std::string> EncodedWords(std::string_view run) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < run.size()) {
    std::size_t end = std::min(run.size(), start + kMaxEncodedBytes);
    if (end < run.size()) {
      std::size_t space = run.rfind(' ', end - 1);
      if (space != std::string_view::npos && space > start) {
        end = space + 1;
      } else {
        while (end > start + 1 && (static_cast<unsigned char>(run[end]) & 0xC0) == 0x80) --end;
      }
    }
    words.push_back("=?UTF-8?B?" + Base64(run.substr(start, end - start)) + "?=");
    start = end;
  }
  return words;
}

// RFC 2047 the way mail programs write it: only the words that need it are encoded (runs of them
// together), plain words stay plain, so a reader seldom has to join adjacent encoded words (some,
// Python's among them, keep the space between them). Lines are folded at spaces so that none
// exceeds 78 characters; `used` is what the first line already holds ("Subject: ").
std::string EncodeWords(std::string_view text, HeaderKind kind, std::size_t used) {
  std::vector<std::string> tokens;
  std::string run;
  auto flush_run = [&] {
    if (run.empty()) return;
    for (std::string& word : EncodedWords(run)) tokens.push_back(std::move(word));
    run.clear();
  };
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(start, end - start);
    if (!word.empty()) {
      if (NeedsEncoding(word, kind)) {
        if (!run.empty()) run += ' ';
        run += word;
      } else {
        flush_run();
        tokens.emplace_back(word);
      }
    }
    start = end + 1;
  }
  flush_run();
  std::string out;
  std::size_t line = used;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (i > 0) {
      if (line + 1 + tokens[i].size() > 78) {
        out += "\r\n ";
        line = 1;
      } else {
        out += ' ';
        ++line;
      }
    }
    out += tokens[i];
    line += tokens[i].size();
  }
  return out;
}

}  // namespace

std::string EncodeHeaderText(std::string_view raw, std::size_t header_name_length) {
  std::string text = HeaderValue(raw);
  if (PrintableAscii(text) && header_name_length + text.size() <= 78 && text.find("=?") == std::string::npos) {
    return text;
  }
  return EncodeWords(text, HeaderKind::kText, header_name_length);
}

std::string FormatMailbox(std::string_view raw_name, std::string_view raw_address, std::size_t header_name_length) {
  std::string address = "<" + HeaderValue(raw_address) + ">";
  std::string name = HeaderValue(raw_name);
  if (name.empty()) return address;
  std::string phrase;
  if (PrintableAscii(name) && name.find("=?") == std::string::npos) {
    phrase = "\"";
    for (char c : name) {
      if (c == '"' || c == '\\') phrase.push_back('\\');
      phrase.push_back(c);
    }
    phrase += "\"";
  } else {
    phrase = EncodeWords(name, HeaderKind::kPhrase, header_name_length);
  }
  std::size_t last_break = phrase.rfind('\n');
  std::size_t used =
      last_break == std::string::npos ? header_name_length + phrase.size() : phrase.size() - last_break - 1;
  return phrase + (used + 1 + address.size() > 78 ? "\r\n " : " ") + address;
}

std::string QuotedPrintable(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  std::size_t line_length = 0;
  auto emit = [&](std::string_view piece) {
    // A soft line break keeps every line at 76 characters or fewer, "=" included.
    if (line_length + piece.size() > 75) {
      out += "=\r\n";
      line_length = 0;
    }
    out += piece;
    line_length += piece.size();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += "\r\n";
      line_length = 0;
      continue;
    }
    auto byte = static_cast<unsigned char>(c);
    bool at_line_end = i + 1 == text.size() || text[i + 1] == '\n' || text[i + 1] == '\r';
    bool literal = (byte >= 33 && byte <= 126 && byte != '=') || ((byte == ' ' || byte == '\t') && !at_line_end);
    if (literal) {
      char piece[1] = {c};
      emit(std::string_view(piece, 1));
    } else {
      char piece[3] = {'=', kHex[byte >> 4], kHex[byte & 15]};
      emit(std::string_view(piece, 3));
    }
  }
  return out;
}

std::string FormatMailDate(Timestamp instant) {
  static constexpr std::array<const char*, 7> kWeekdays = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  auto days = std::chrono::floor<std::chrono::days>(instant);
  std::chrono::year_month_day date{days};
  std::chrono::hh_mm_ss time{instant - days};
  unsigned weekday = std::chrono::weekday{days}.c_encoding();
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%s, %u %s %d %02d:%02d:%02d +0000", kWeekdays[weekday],
                static_cast<unsigned>(date.day()), kMonths[static_cast<unsigned>(date.month()) - 1],
                static_cast<int>(date.year()), static_cast<int>(time.hours().count()),
                static_cast<int>(time.minutes().count()), static_cast<int>(time.seconds().count()));
  return buffer;
}

bool IsPlausibleAddress(std::string_view address) {
  std::size_t at = address.find('@');
  if (at == std::string_view::npos || at == 0 || at + 1 >= address.size() ||
      address.find('@', at + 1) != std::string_view::npos) {
    return false;
  }
  if (address.size() > 254) return false;
  for (char c : address) {
    auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte == 0x7F || c == '<' || c == '>' || c == ',' || c == '"' || c == '\\' || c == '(' ||
        c == ')' || c == ';' || c == ':') {
      return false;
    }
  }
  std::string_view domain = address.substr(at + 1);
  return domain.find('.') != std::string_view::npos && domain.front() != '.' && domain.back() != '.';
}

namespace {

// The message's language when it reads as a language tag ("es", "en", "pt-BR"); otherwise the
// default language, so that nothing else reaches the header.
std::string ContentLanguage(std::string_view language) {
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  bool plausible = !language.empty() && language.size() <= 35 && letter(language.front());
  for (char c : language) plausible = plausible && (letter(c) || (c >= '0' && c <= '9') || c == '-');
  return std::string(plausible ? language : Wording::kDefaultLanguage);
}

}  // namespace

std::string ComposeMimeMessage(const OutgoingEmail& email, const MessageHeaders& headers) {
  std::string language = ContentLanguage(email.language);
  std::string message;
  message += "Date: " + FormatMailDate(headers.date) + "\r\n";
  message += "From: " + FormatMailbox(headers.from_name, headers.from_address, 6) + "\r\n";
  message += "To: " + FormatMailbox(email.to_name, email.to, 4) + "\r\n";
  message += "Subject: " + EncodeHeaderText(email.subject, 9) + "\r\n";
  message += "Message-ID: <" + HeaderValue(headers.message_id) + ">\r\n";
  message += "MIME-Version: 1.0\r\n";
  message += "Content-Type: text/plain; charset=utf-8\r\n";
  message += "Content-Transfer-Encoding: quoted-printable\r\n";
  message += "Content-Language: " + language + "\r\n";
  // Reminders are sent by a program: out-of-office replies and auto-responders should stay quiet.
  message += "Auto-Submitted: auto-generated\r\n";
  message += "X-Auto-Response-Suppress: All\r\n";
  message += "\r\n";
  message += QuotedPrintable(email.text);
  if (!message.ends_with("\r\n")) message += "\r\n";
  return message;
}

}  // namespace enlace
