// A response body sent from an open file rather than from memory (a download built on disk, such
// as a meeting's package, issue 13): the handler hands an open descriptor over with SendFileBody;
// the server (server.cpp) takes it back with TakeFileBody, sends the file in pieces with sendfile
// and closes it; a response that carries no body (HEAD) closes it at once (api.cpp).
//
// The mark on the Response is an internal header that TakeFileBody removes before anything is
// written. Its value names an entry of a table in this process, so nothing a client sends can
// point the server at a descriptor. (A header and not a field of Response: adding a field to
// message.hpp rebuilds every route of every capability, which the 2-core machine of issue 13's
// session could not afford; moving it into Response later changes only these two functions.)
#pragma once

#include <cstdint>
#include <optional>

#include "kernel/http/message.hpp"

namespace enlace::http {

// Makes the open file `descriptor` (`size` bytes) the body of `response`; the server owns and
// closes the descriptor from now on.
void SendFileBody(Response& response, int descriptor, std::int64_t size);

struct TakenFileBody {
  int descriptor = -1;
  std::int64_t size = 0;
};
// Removes the mark from `response` and hands its file over (the caller closes the descriptor);
// nullopt when the response has none.
std::optional<TakenFileBody> TakeFileBody(Response& response);

}  // namespace enlace::http
