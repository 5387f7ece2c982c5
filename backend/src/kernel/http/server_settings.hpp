// How the server is reached and what it trusts: what the pipeline and the routes need to build
// cookies and links.
#pragma once

#include <cstddef>
#include <string>

#include "kernel/http/client_address.hpp"

namespace enlace::http {

struct ServerSettings {
  std::string public_url = "http://127.0.0.1:8080";  // for links in e-mails and calendar feeds
  bool https = false;                                // cookies get Secure and the __Host- prefix
  // The proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (--trust-proxy LIST).
  AddressSet trusted_proxies;
  std::size_t max_json_body = 1 << 20;     // any route but an upload, and any anonymous request
  std::size_t max_upload_body = 32 << 20;  // multipart/form-data to a route that takes files, signed in
  // Anonymous API requests per client address (issue 9, item 2): a token bucket of `anonymous_burst`
  // refilled at `anonymous_rate` a second, answered 429 when empty; a rate of 0 turns it off.
  double anonymous_rate = 20;
  double anonymous_burst = 60;
  std::string SessionCookieName() const { return https ? "__Host-enlace_session" : "enlace_session"; }
};

}  // namespace enlace::http
