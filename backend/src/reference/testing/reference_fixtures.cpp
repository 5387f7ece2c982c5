#include "reference/testing/reference_fixtures.hpp"

#include <stdexcept>

#include "reference/domain/reference_loader.hpp"
#include "reference/domain/reference_service.hpp"

namespace enlace::testing {

const ReferenceData& RcmReference() {
  static const ReferenceData data = [] {
    auto loaded = LoadReferenceDirectory(std::filesystem::path(ENLACE_SOURCE_DIR) / "data/reference/rcm");
    if (!loaded) throw std::logic_error("cannot read data/reference/rcm: " + loaded.error().detail);
    return *loaded;
  }();
  return data;
}

ProcessId InstallRcm(TestKernel& test) {
  return test.Get<ReferenceService>().Install(RcmReference(), RequestContext{});
}

}  // namespace enlace::testing
