// How the server is reached and what it trusts: what the pipeline and the routes need to build
// cookies and links.
#pragma once

#include <cstddef>
#include <string>

namespace enlace::http {

struct ServerSettings {
  std::string public_url = "http://127.0.0.1:8080";  // for links in e-mails and calendar feeds
  bool https = false;                                // cookies get Secure and the __Host- prefix
  bool trust_proxy = false;                          // believe X-Forwarded-For and X-Forwarded-Proto
  std::size_t max_json_body = 1 << 20;
  std::string SessionCookieName() const { return https ? "__Host-enlace_session" : "enlace_session"; }
};

}  // namespace enlace::http
