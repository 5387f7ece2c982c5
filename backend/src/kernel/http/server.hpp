// The HTTP transport: RESTinio's I/O threads read requests and hand them to a pool of worker
// threads through a bounded queue; the workers run the Api. This is the only part of the program
// that includes RESTinio.
//
// Overload is shed, not suffered (issue 9, item 2): a request that finds the queue full, or that
// waited in it longer than `queue_wait`, is answered 503 "overloaded" with Retry-After at once
// instead of being run late; /healthz is answered by the I/O thread itself, so it keeps answering
// while every worker is busy.
//
// Shutdown is graceful: Stop() makes the Api answer new requests with 503, waits (up to
// `drain_timeout`) for the requests in flight to finish and their answers to be written, then
// stops the listener and the threads.
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "kernel/http/api.hpp"

namespace enlace::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;
  std::size_t threads = 16;                    // workers: handlers block on the database and on password hashing
  std::size_t queue_size = 256;                // requests waiting for a worker; past it, 503 at once
  std::chrono::milliseconds queue_wait{2000};  // a request that waited longer is answered 503, not run
  // Testing only: each worker sleeps this long before it handles a request (a deterministic slow server).
  std::chrono::milliseconds test_handler_delay{0};
  std::size_t max_body_bytes = 32 << 20;  // the largest body any route takes (see Api::BodyLimit)
  // Connections open at once; 0: the open-file limit (raised to its hard limit at start) minus a reserve.
  std::size_t max_connections = 0;
  std::chrono::seconds read_timeout{30};
  std::chrono::seconds write_timeout{60};
  std::chrono::seconds handle_timeout{60};
  std::chrono::seconds drain_timeout{20};
  // After the last handler returns, time for the I/O threads to write its answer.
  std::chrono::milliseconds write_grace{200};
};

class Server {
 public:
  Server(Api& api, ServerOptions options);
  ~Server();
  // Starts listening; throws std::runtime_error when the address cannot be bound.
  void Start();
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// "HOST:PORT" → host and port; false when malformed.
bool ParseListenAddress(const std::string& text, std::string& host, unsigned short& port);

}  // namespace enlace::http
