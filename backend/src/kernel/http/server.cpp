#include "kernel/http/server.hpp"

#include <malloc.h>
#include <spdlog/spdlog.h>
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <restinio/all.hpp>
#include <thread>
#include <vector>

#include "kernel/http/body_file.hpp"

// RESTinio, as enlace runs it. Two of its member functions are replaced for our traits (explicit
// specializations, declared before the server is instantiated below):
// - the acceptor's call_accept_now, which in RESTinio 0.6.16 drops an accept error and never
//   accepts again: after EMFILE/ENFILE the listener died for good (issue 9, finding 3);
// - the connection's consume_data, which parses with our own header/body callbacks so that the
//   body limit is the route's (a small one for JSON, the upload size only for a signed-in upload)
//   and an oversized body is answered 413 before it is read, not with an empty reply after it was
//   buffered (finding 4).
namespace enlace::http::transport {

// RESTinio's logger, which also carries the Api the connections ask for their body limits.
class Logger {
 public:
  Logger() = default;
  explicit Logger(const Api* api) : api_(api) {}
  const Api* api() const noexcept { return api_; }
  template <typename Builder>
  void trace(Builder&&) const noexcept {}
  template <typename Builder>
  void info(Builder&&) const noexcept {}
  template <typename Builder>
  void warn(Builder&&) const noexcept {}
  template <typename Builder>
  void error(Builder&&) const noexcept {}

 private:
  const Api* api_ = nullptr;
};

struct Traits : restinio::traits_t<restinio::asio_timer_manager_t, Logger> {
  static constexpr bool use_connection_count_limiter = true;
};

// Fields the transport adds to a request for the pipeline; a client's own are removed.
constexpr std::string_view kBodyLimitField = "X-Enlace-Body-Limit";
constexpr std::string_view kBodyRefusedField = "X-Enlace-Body-Refused";

// Set for the parser callbacks while a connection parses on this thread.
thread_local const Api* t_api = nullptr;
thread_local bool t_body_refused = false;

std::size_t LimitOf(const restinio::http_request_header_t& header, std::size_t fallback) {
  auto text = header.get_field_or(kBodyLimitField, std::string());
  std::size_t limit = fallback;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), limit);
  return error == std::errc() && end == text.data() + text.size() ? limit : fallback;
}

int OnHeadersComplete(http_parser* parser) {
  auto* ctx = reinterpret_cast<restinio::impl::http_parser_ctx_t*>(parser->data);
  ctx->m_leading_headers_completed = true;
  auto& header = ctx->m_header;
  header.remove_all_of(kBodyLimitField);
  header.remove_all_of(kBodyRefusedField);
  std::size_t limit = ctx->m_limits.max_body_size();
  try {
    if (t_api) {
      auto method = http_method_str(static_cast<http_method>(parser->method));
      limit = std::min(limit, t_api->BodyLimit(method, header.request_target(),
                                               header.get_field_or(restinio::http_field::content_type, ""),
                                               header.get_field_or(restinio::http_field::cookie, "")));
    }
    header.set_field(std::string(kBodyLimitField), std::to_string(limit));
    if (parser->content_length != ULLONG_MAX && parser->content_length > 0) {
      if (parser->content_length > limit) {
        t_body_refused = true;  // answered 413 by consume_data, without reading the body
        http_parser_pause(parser, 1);
        return 0;
      }
      ctx->m_body.reserve(static_cast<std::size_t>(parser->content_length));
    }
  } catch (const std::exception&) {
    return -1;
  }
  return 0;
}

int OnBody(http_parser* parser, const char* at, size_t length) {
  auto* ctx = reinterpret_cast<restinio::impl::http_parser_ctx_t*>(parser->data);
  try {
    if (ctx->m_body.size() + length > LimitOf(ctx->m_header, ctx->m_limits.max_body_size())) {
      t_body_refused = true;  // a chunked body that grew past the limit
      http_parser_pause(parser, 1);
      return 0;
    }
    ctx->m_body.append(at, length);
  } catch (const std::exception&) {
    return -1;
  }
  return 0;
}

const http_parser_settings& ParserSettings() {
  static const http_parser_settings settings = [] {
    auto made = restinio::impl::create_parser_settings<restinio::default_http_methods_t>();
    made.on_headers_complete = &OnHeadersComplete;
    made.on_body = &OnBody;
    return made;
  }();
  return settings;
}

// The answer to a request whose head is over RESTinio's limits (a URL over 8 KiB, a header field
// over its size or count), which RESTinio would close without a word: 414 or 431 with the API's
// error body, in both languages (the head that would say which was not read), then close. Empty for
// other parser errors (malformed HTTP: closed, as before).
std::string OversizedHeadAnswer(http_errno error, std::uint64_t connection) {
  int status = 0;
  std::string reason;
  std::string code;
  std::string message;
  if (error == HPE_CB_url) {
    status = 414;
    reason = "URI Too Long";
    code = "uri_too_long";
    message = "La dirección pedida es demasiado larga. / The requested address is too long.";
  } else if (error == HPE_CB_header_field || error == HPE_CB_header_value || error == HPE_HEADER_OVERFLOW) {
    status = 431;
    reason = "Request Header Fields Too Large";
    code = "headers_too_large";
    message = "Las cabeceras de la solicitud son demasiado grandes. / The request's headers are too large.";
  } else {
    return {};
  }
  static std::atomic<std::uint64_t> counter{0};
  auto request_id = fmt::format("head-{}-{}", connection, counter.fetch_add(1));
  auto body = fmt::format(R"({{"error":{{"code":"{}","message":"{}","request_id":"{}"}}}})", code, message, request_id);
  spdlog::warn("- - {} refused before its head was read (connection {}) rid={}", status, connection, request_id);
  return fmt::format(
      "HTTP/1.1 {} {}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\n"
      "X-Request-Id: {}\r\nConnection: close\r\n\r\n{}",
      status, reason, body.size(), request_id, body);
}

bool IsOutOfResources(const std::error_code& error) {
  return error == std::errc::too_many_files_open || error == std::errc::too_many_files_open_in_system ||
         error == std::errc::no_buffer_space || error == std::errc::not_enough_memory;
}

}  // namespace enlace::http::transport

template <>
void restinio::impl::acceptor_t<enlace::http::transport::Traits>::call_accept_now(std::size_t index) noexcept {
  m_acceptor.async_accept(
      this->socket(index).lowest_layer(),
      asio_ns::bind_executor(get_executor(), [index, ctx = this->shared_from_this()](const auto& ec) noexcept {
        if (!ec) {
          ctx->accept_current_connection(index, ec);
          return;
        }
        if (ec == asio_ns::error::operation_aborted || !ctx->m_acceptor.is_open()) return;  // shutting down
        // Say so (at most every 10 s) and accept again: out of descriptors or memory after 100 ms,
        // when connections may have closed; anything else (a client that gave up) at once.
        bool out_of_resources = enlace::http::transport::IsOutOfResources(ec);
        {
          static std::atomic<std::int64_t> last_logged{0};
          auto now =
              std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now().time_since_epoch())
                  .count();
          auto previous = last_logged.load();
          if (now - previous >= 10 && last_logged.compare_exchange_strong(previous, now)) {
            spdlog::error(
                "accept failed: {}; retrying every 100 ms (raise the open-file limit or lower "
                "--max-connections)",
                ec.message());
          }
        }
        try {
          auto timer = std::make_shared<asio_ns::steady_timer>(ctx->m_acceptor.get_executor());
          timer->expires_after(std::chrono::milliseconds(out_of_resources ? 100 : 0));
          timer->async_wait(
              asio_ns::bind_executor(ctx->get_executor(), [index, ctx, timer](const auto& error) noexcept {
                if (!error && ctx->m_acceptor.is_open()) ctx->call_accept_now(index);
              }));
        } catch (const std::exception& exception) {
          spdlog::error("accept cannot be re-armed: {}", exception.what());
        }
      }));
}

template <>
void restinio::impl::connection_t<enlace::http::transport::Traits>::consume_data(const char* data, std::size_t length) {
  namespace transport = enlace::http::transport;
  auto& parser = m_input.m_parser;
  transport::t_api = m_logger.api();
  transport::t_body_refused = false;
  const auto nparsed = http_parser_execute(&parser, &transport::ParserSettings(), data, length);
  m_input.m_buf.consumed_bytes(nparsed);
  if (transport::t_body_refused) {
    // The body is too large for its route: the pipeline answers 413 and the connection closes;
    // nothing more is read from it.
    transport::t_body_refused = false;
    try {
      auto& parser_ctx = m_input.m_parser_ctx;
      parser_ctx.m_header.method(restinio::default_http_methods_t::from_nodejs(parser.method));
      parser_ctx.m_header.should_keep_alive(false);
      parser_ctx.m_header.set_field(std::string(transport::kBodyRefusedField), "1");
      parser_ctx.m_body = std::string();
      const auto request_id = m_response_coordinator.register_new_request();
      guard_request_handling_operation();
      const auto handling_result = m_request_handler(std::make_shared<generic_request_t>(
          request_id, std::move(parser_ctx.m_header), std::string(), chunked_input_info_unique_ptr_t{},
          shared_from_concrete<connection_base_t>(), m_remote_endpoint, m_settings->extra_data_factory()));
      if (handling_result != request_handling_status_t::accepted) {
        write_response_parts_impl(
            request_id,
            response_output_flags_t{response_parts_attr_t::final_parts, response_connection_attr_t::connection_close},
            write_group_t{create_not_implemented_resp()});
      }
    } catch (const std::exception& ex) {
      trigger_error_and_close(
          [&] { return fmt::format("[connection:{}] refusing a body: {}", connection_id(), ex.what()); });
    }
    return;
  }
  if (HPE_OK != parser.http_errno && HPE_PAUSED != parser.http_errno) {
    auto err = HTTP_PARSER_ERRNO(&parser);
    if (auto answer = transport::OversizedHeadAnswer(err, connection_id()); !answer.empty()) {
      try {
        const auto request_id = m_response_coordinator.register_new_request();
        writable_items_container_t items;
        items.emplace_back(std::move(answer));
        write_response_parts_impl(
            request_id,
            response_output_flags_t{response_parts_attr_t::final_parts, response_connection_attr_t::connection_close},
            write_group_t{std::move(items)});
        return;
      } catch (const std::exception&) {
        // Fall through: closed without an answer, as RESTinio does.
      }
    }
    trigger_error_and_close([&] {
      return fmt::format("[connection:{}] parser error {}: {}", connection_id(), http_errno_name(err),
                         http_errno_description(err));
    });
    return;
  }
  if (m_input.m_parser_ctx.m_message_complete) {
    on_request_message_complete();
  } else {
    consume_message();
  }
}

namespace enlace::http {
namespace {

using Traits = transport::Traits;

Request ToRequest(const restinio::request_handle_t& incoming) {
  Request request;
  const auto& header = incoming->header();
  request.method = std::string(header.method().c_str());
  request.path = PercentDecode(header.path());
  request.query = ParseQuery(header.query());
  for (const auto& field : header) {
    if (field.name() == transport::kBodyRefusedField) {
      request.body_refused = true;
    } else if (field.name() != transport::kBodyLimitField) {
      request.headers[std::string(field.name())] = std::string(field.value());
    }
  }
  request.body = incoming->body();
  request.remote_ip = incoming->remote_endpoint().address().to_string();
  return request;
}

const char* ReasonPhrase(int status) {
  switch (status) {
    case 200:
      return "OK";
    case 201:
      return "Created";
    case 204:
      return "No Content";
    case 304:
      return "Not Modified";
    case 400:
      return "Bad Request";
    case 401:
      return "Unauthorized";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 409:
      return "Conflict";
    case 412:
      return "Precondition Failed";
    case 413:
      return "Content Too Large";
    case 415:
      return "Unsupported Media Type";
    case 422:
      return "Unprocessable Content";
    case 428:
      return "Precondition Required";
    case 429:
      return "Too Many Requests";
    case 500:
      return "Internal Server Error";
    case 503:
      return "Service Unavailable";
    default:
      return "";
  }
}

// Writes the Api's answer; RESTinio lets any thread do so.
void Respond(const restinio::request_handle_t& incoming, Response response) {
  auto outgoing = incoming->create_response(restinio::http_status_line_t{
      restinio::http_status_code_t{static_cast<std::uint16_t>(response.status)}, ReasonPhrase(response.status)});
  auto file = TakeFileBody(response);  // before the headers are written: its mark is not one
  for (auto& [name, value] : response.headers) outgoing.append_header(name, value);
  bool close = response.Header("Connection") == std::optional<std::string>("close");
  if (close) outgoing.connection_close();
  if (file) {
    // RESTinio closes the descriptor once the file is sent (or the connection is gone).
    restinio::file_descriptor_holder_t descriptor{file->descriptor};
    outgoing.set_body(restinio::sendfile(
        std::move(descriptor),
        restinio::file_meta_t{static_cast<restinio::file_size_t>(file->size), std::chrono::system_clock::now()},
        1 << 20));
  } else {
    outgoing.set_body(std::move(response.body));
  }
  outgoing.done();
}

}  // namespace

// (Named, not anonymous: Server::Impl holds one, and a unity build includes this file.)
namespace detail {

// Requests waiting for a worker, and the workers.
class WorkerPool {
 public:
  WorkerPool(Api& api, const ServerOptions& options)
      : api_(api), capacity_(options.queue_size), max_wait_(options.queue_wait), delay_(options.test_handler_delay) {
    auto threads = std::max<std::size_t>(options.threads, 1);
    for (std::size_t i = 0; i < threads; ++i) workers_.emplace_back([this] { Work(); });
  }
  ~WorkerPool() { Stop(); }

  // False when the queue is full (or the pool stopped): the caller refuses the request.
  bool Push(const restinio::request_handle_t& incoming) {
    {
      std::lock_guard lock(mutex_);
      if (stopping_ || queue_.size() >= capacity_) return false;
      queue_.push_back(Waiting{incoming, std::chrono::steady_clock::now()});
    }
    ready_.notify_one();
    return true;
  }
  // Requests queued or being handled.
  std::size_t Pending() {
    std::lock_guard lock(mutex_);
    return queue_.size() + busy_;
  }
  // Lets the workers finish the queue, then joins them.
  void Stop() {
    {
      std::lock_guard lock(mutex_);
      if (stopping_ && workers_.empty()) return;
      stopping_ = true;
    }
    ready_.notify_all();
    for (auto& worker : workers_) worker.join();
    workers_.clear();
  }

 private:
  struct Waiting {
    restinio::request_handle_t incoming;
    std::chrono::steady_clock::time_point since;
  };

  void Work() {
    for (;;) {
      Waiting next;
      {
        std::unique_lock lock(mutex_);
        ready_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
        if (queue_.empty()) return;  // stopping, and nothing left
        next = std::move(queue_.front());
        queue_.pop_front();
        ++busy_;
      }
      try {
        // Run late, it would only add to the load: its client has likely given up.
        bool late = std::chrono::steady_clock::now() - next.since > max_wait_;
        if (delay_.count() > 0) std::this_thread::sleep_for(delay_);
        auto request = ToRequest(next.incoming);
        request.overloaded = late;
        Respond(next.incoming, api_.Handle(std::move(request)));
      } catch (const std::exception& exception) {
        spdlog::error("a worker could not answer a request: {}", exception.what());
      }
      std::lock_guard lock(mutex_);
      --busy_;
    }
  }

  Api& api_;
  std::size_t capacity_;
  std::chrono::milliseconds max_wait_;
  std::chrono::milliseconds delay_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<Waiting> queue_;
  std::size_t busy_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace detail

struct Server::Impl {
  Api& api;
  ServerOptions options;
  std::unique_ptr<detail::WorkerPool> pool;
  restinio::running_server_handle_t<Traits> running;
  bool stopped = false;
};

Server::Server(Api& api, ServerOptions options)
    : impl_(std::make_unique<Impl>(Impl{api, std::move(options), nullptr, {}})) {}

Server::~Server() { Stop(); }

static std::size_t RaiseOpenFileLimit() {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0) return 1024;
  if (limit.rlim_cur < limit.rlim_max) {
    auto raised = limit;
    raised.rlim_cur = limit.rlim_max;
    if (setrlimit(RLIMIT_NOFILE, &raised) == 0) limit = raised;
  }
  return limit.rlim_cur == RLIM_INFINITY ? std::size_t{1} << 20 : static_cast<std::size_t>(limit.rlim_cur);
}

static std::size_t DefaultMaxConnections(std::size_t open_file_limit) {
  // Descriptors kept for the database, files being imported, logs and the listener itself.
  constexpr std::size_t kReserve = 64;
  return open_file_limit > kReserve + 16 ? open_file_limit - kReserve : 16;
}

void Server::Start() {
  auto& api = impl_->api;
  const auto& options = impl_->options;
  auto open_files = RaiseOpenFileLimit();
  auto max_connections = options.max_connections ? options.max_connections : DefaultMaxConnections(open_files);
  spdlog::info("open-file limit {}, at most {} connections at once", open_files, max_connections);
  // Large buffers (request bodies, uploads) are mapped and given back when freed, so a burst of
  // them does not leave the process at its peak size.
  mallopt(M_MMAP_THRESHOLD, 256 * 1024);
  impl_->pool = std::make_unique<detail::WorkerPool>(api, options);
  auto* pool = impl_->pool.get();
  auto settings = restinio::server_settings_t<Traits>{}
                      .logger(&api)
                      .max_parallel_connections(max_connections)
                      .address(options.host)
                      .port(options.port)
                      .read_next_http_message_timelimit(options.read_timeout)
                      .write_http_response_timelimit(options.write_timeout)
                      .handle_request_timeout(options.handle_timeout)
                      .incoming_http_msg_limits(restinio::incoming_http_msg_limits_t{}
                                                    .max_url_size(8192)
                                                    .max_field_name_size(1024)
                                                    .max_field_value_size(16384)
                                                    .max_field_count(100)
                                                    .max_body_size(options.max_body_bytes))
                      .request_handler([&api, pool](const restinio::request_handle_t& incoming) {
                        // Answered here, at once: /healthz (no database) and a body refused from its head.
                        const auto& header = incoming->header();
                        if (header.path() == "/healthz" || header.has_field(transport::kBodyRefusedField)) {
                          Respond(incoming, api.Handle(ToRequest(incoming)));
                        } else if (!pool->Push(incoming)) {
                          auto request = ToRequest(incoming);
                          request.overloaded = true;
                          Respond(incoming, api.Handle(std::move(request)));
                        }
                        return restinio::request_accepted();
                      });
  // The I/O threads only parse, queue and write: a few are enough.
  auto io_threads = std::clamp<std::size_t>(options.threads, 1, 4);
  impl_->running = restinio::run_async(restinio::own_io_context(), std::move(settings), io_threads);
}

void Server::Stop() {
  if (!impl_ || !impl_->running || impl_->stopped) return;
  impl_->stopped = true;
  impl_->api.StartDraining();
  auto deadline = std::chrono::steady_clock::now() + impl_->options.drain_timeout;
  // Queued requests are answered 503 "shutting_down" by the workers; those being handled finish.
  while ((impl_->api.InFlight() > 0 || impl_->pool->Pending() > 0) && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  impl_->pool->Stop();
  // The last answers are written by the I/O threads after their handler returned.
  std::this_thread::sleep_for(impl_->options.write_grace);
  impl_->running->stop();
  impl_->running->wait();
}

bool ParseListenAddress(const std::string& text, std::string& host, unsigned short& port) {
  auto colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 >= text.size()) return false;
  auto port_text = text.substr(colon + 1);
  if (port_text.size() > 5 || port_text.find_first_not_of("0123456789") != std::string::npos) return false;
  auto value = std::stoi(port_text);
  if (value < 1 || value > 65535) return false;
  host = text.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  port = static_cast<unsigned short>(value);
  return true;
}

}  // namespace enlace::http
