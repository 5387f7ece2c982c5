// An e-mail as it travels: RFC 5322 headers and a MIME text/plain body, built from an
// OutgoingEmail. Pure functions, so that what goes on the wire is tested without a server.
//
// Non-ASCII words of display names and subjects become RFC 2047 encoded words (UTF-8, base64),
// plain words stay plain, and lines are folded at spaces so that none exceeds 78 characters; the body is UTF-8 in
// quoted-printable, lines at most 76 characters, CRLF line ends. Header values are stripped of CR, LF and other control
// characters, so data cannot add headers (no header injection).
#pragma once

#include <string>
#include <string_view>

#include "kernel/domain/date.hpp"
#include "kernel/domain/mail.hpp"

namespace enlace {

struct MessageHeaders {
  std::string from_address;  // "enlace@example.org"
  std::string from_name;     // UTF-8 display name; may be empty
  Timestamp date{};
  std::string message_id;  // without angle brackets: "1764410400.1.5f3a@example.org"
};

// The whole message (headers, blank line, body), CRLF line ends.
std::string ComposeMimeMessage(const OutgoingEmail& email, const MessageHeaders& headers);

// "Name <address>" with the name quoted or encoded as needed; just "<address>" without a name.
// `header_name_length` is the length of "To: ", so that the first line fits too.
std::string FormatMailbox(std::string_view name, std::string_view address, std::size_t header_name_length = 0);

// An unstructured header value (Subject): as is when short printable ASCII, otherwise encoded
// words. `header_name_length` is the length of "Subject: ", so that the first line fits too.
std::string EncodeHeaderText(std::string_view text, std::size_t header_name_length);

std::string QuotedPrintable(std::string_view text);

// RFC 5322 date: "Sun, 29 Nov 2026 10:00:00 +0000".
std::string FormatMailDate(Timestamp instant);

// A syntactic check good enough to refuse what cannot be an address or could break the SMTP
// envelope: one "@", a non-empty local part and domain, no spaces, controls, "<", ">" or ",".
bool IsPlausibleAddress(std::string_view address);

}  // namespace enlace
