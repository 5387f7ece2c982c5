#include "kernel/http/server.hpp"

#include <spdlog/spdlog.h>

#include <restinio/all.hpp>
#include <thread>

namespace enlace::http {
namespace {

using Traits = restinio::traits_t<restinio::asio_timer_manager_t, restinio::null_logger_t>;

Request ToRequest(const restinio::request_handle_t& incoming) {
  Request request;
  const auto& header = incoming->header();
  request.method = std::string(header.method().c_str());
  request.path = PercentDecode(header.path());
  request.query = ParseQuery(header.query());
  for (const auto& field : header) request.headers[std::string(field.name())] = std::string(field.value());
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

}  // namespace

struct Server::Impl {
  Api& api;
  ServerOptions options;
  restinio::running_server_handle_t<Traits> running;
  bool stopped = false;
};

Server::Server(Api& api, ServerOptions options) : impl_(std::make_unique<Impl>(Impl{api, std::move(options), {}})) {}

Server::~Server() { Stop(); }

void Server::Start() {
  auto& api = impl_->api;
  const auto& options = impl_->options;
  auto settings = restinio::server_settings_t<Traits>{}
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
                      .request_handler([&api](const restinio::request_handle_t& incoming) {
                        auto response = api.Handle(ToRequest(incoming));
                        auto outgoing = incoming->create_response(restinio::http_status_line_t{
                            restinio::http_status_code_t{static_cast<std::uint16_t>(response.status)},
                            ReasonPhrase(response.status)});
                        for (auto& [name, value] : response.headers) outgoing.append_header(name, value);
                        bool close = response.Header("Connection") == std::optional<std::string>("close");
                        if (close) outgoing.connection_close();
                        outgoing.set_body(std::move(response.body));
                        return outgoing.done();
                      });
  impl_->running = restinio::run_async(restinio::own_io_context(), std::move(settings), options.threads);
}

void Server::Stop() {
  if (!impl_ || !impl_->running || impl_->stopped) return;
  impl_->stopped = true;
  impl_->api.StartDraining();
  auto deadline = std::chrono::steady_clock::now() + impl_->options.drain_timeout;
  while (impl_->api.InFlight() > 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
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
