#include "kernel/http/router.hpp"

#include <algorithm>
#include <stdexcept>

namespace enlace::http {

std::vector<std::string> SplitPath(std::string_view path) {
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= path.size()) {
    auto end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    if (end > start) segments.emplace_back(path.substr(start, end - start));
    start = end + 1;
  }
  return segments;
}

void Router::Add(std::string method, std::string pattern, RouteDoc doc, Handler handler) {
  auto segments = SplitPath(pattern);
  for (const auto& route : routes_) {
    if (route.method == method && route.pattern == pattern) throw std::logic_error("route added twice: " + pattern);
  }
  routes_.push_back(
      Route{std::move(method), std::move(pattern), std::move(doc), std::move(handler), std::move(segments)});
}

bool Router::Match(const Route& route, const std::vector<std::string>& segments,
                   std::map<std::string, std::string>& parameters) {
  if (route.segments.size() != segments.size()) return false;
  parameters.clear();
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const auto& expected = route.segments[i];
    if (expected.size() > 2 && expected.front() == '{' && expected.back() == '}') {
      parameters[expected.substr(1, expected.size() - 2)] = segments[i];
    } else if (expected != segments[i]) {
      return false;
    }
  }
  return true;
}

std::optional<RouteMatch> Router::Find(std::string_view method, std::string_view path) const {
  auto segments = SplitPath(path);
  // A literal segment beats a parameter: try routes with fewer parameters first.
  const Route* best = nullptr;
  std::map<std::string, std::string> best_parameters;
  std::size_t best_parameter_count = SIZE_MAX;
  for (const auto& route : routes_) {
    bool method_matches = route.method == method || (method == "HEAD" && route.method == "GET");
    if (!method_matches) continue;
    std::map<std::string, std::string> parameters;
    if (Match(route, segments, parameters) && parameters.size() < best_parameter_count) {
      best = &route;
      best_parameters = parameters;
      best_parameter_count = parameters.size();
    }
  }
  if (!best) return std::nullopt;
  return RouteMatch{best, std::move(best_parameters)};
}

std::vector<std::string> Router::MethodsAt(std::string_view path) const {
  auto segments = SplitPath(path);
  std::vector<std::string> methods;
  for (const auto& route : routes_) {
    std::map<std::string, std::string> parameters;
    if (Match(route, segments, parameters) &&
        std::find(methods.begin(), methods.end(), route.method) == methods.end()) {
      methods.push_back(route.method);
    }
  }
  return methods;
}

}  // namespace enlace::http
