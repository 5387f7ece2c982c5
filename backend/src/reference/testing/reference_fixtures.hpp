// Reference data for unit tests: the RCM as data/reference/rcm describes it (eleven member
// countries, five observer countries, its bodies, organisations, networks and topics), installed
// into a TestKernel the way `enlace process install` installs it.
#pragma once

#include "kernel/testing/test_kernel.hpp"
#include "reference/domain/reference.hpp"

namespace enlace::testing {

// data/reference/rcm read from the source tree; std::logic_error when it cannot be read.
const ReferenceData& RcmReference();

// Installs the RCM through ReferenceService::Install (the kernel must hold the reference
// capability) and returns its process id.
ProcessId InstallRcm(TestKernel& test);

}  // namespace enlace::testing
