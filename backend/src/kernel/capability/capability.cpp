#include "kernel/capability/capability.hpp"

namespace enlace {

RequestContext Demo::As(const std::string& email) const {
  auto found = people.find(email);
  if (found == people.end()) throw std::logic_error("no demo person " + email);
  RequestContext context;
  context.actor = found->second.actor;
  context.process_id = found->second.actor.process_id;
  context.request_id = "demo";
  context.language = found->second.actor.language;
  return context;
}

}  // namespace enlace
