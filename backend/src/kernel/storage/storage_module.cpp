#include "kernel/storage/storage_module.hpp"

#include <stdexcept>

namespace enlace::storage {

void RepositoryRegistry::Add(std::type_index interface, Factory factory) {
  if (!factories_.emplace(interface, std::move(factory)).second) {
    throw std::logic_error(std::string("a repository is registered twice: ") + interface.name());
  }
}

const RepositoryRegistry::Factory* RepositoryRegistry::Find(std::type_index interface) const {
  auto found = factories_.find(interface);
  return found == factories_.end() ? nullptr : &found->second;
}

}  // namespace enlace::storage
