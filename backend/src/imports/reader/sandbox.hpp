// Running a parser of untrusted bytes in a child process with limits (issue 9, finding 2b).
//
// The child is a program (in production the server's own binary, /proc/self/exe, with a hidden
// subcommand) that reads the bytes on standard input and writes its answer on standard output.
// The child sets its own CPU-time and address-space limits first thing (ApplyChildLimits), before
// it touches the input; the parent enforces a wall-clock limit and kills the child with SIGKILL
// when it is exceeded. Whatever the child does — crash, loop, exhaust its memory — the parent
// only sees an exit status and a bounded amount of output.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace enlace {

struct SandboxLimits {
  std::size_t memory_bytes = 512u << 20;  // RLIMIT_AS of the child
  int cpu_seconds = 10;                   // RLIMIT_CPU of the child
  std::chrono::milliseconds wall{20000};  // the parent kills the child after this
  std::size_t max_output_bytes = 64u << 20;
};

struct SandboxRun {
  enum class Outcome { kExited, kSignaled, kTimedOut, kOutputTooLarge, kCannotStart };
  Outcome outcome = Outcome::kCannotStart;
  int exit_code = -1;  // kExited
  int signal = 0;      // kSignaled (SIGXCPU/SIGKILL for the CPU limit, SIGSEGV/SIGABRT for a crash)
  std::string output;  // standard output
  std::chrono::milliseconds elapsed{0};
};

// Starts `executable` with `arguments` (argv[1..]) through posix_spawn, standard input the bytes,
// standard error discarded, default signal dispositions and an empty signal mask. Safe to call
// from several threads at once (every descriptor is close-on-exec in the parent; SIGPIPE cannot
// reach the parent).
SandboxRun RunSandboxed(const std::string& executable, const std::vector<std::string>& arguments,
                        std::string_view input, const SandboxLimits& limits);

// In the child: sets RLIMIT_CPU and RLIMIT_AS (not under AddressSanitizer, whose shadow memory
// needs terabytes of address space), and RLIMIT_CORE 0. Returns false when a limit cannot be set.
bool ApplyChildLimits(std::size_t memory_bytes, int cpu_seconds);

}  // namespace enlace
