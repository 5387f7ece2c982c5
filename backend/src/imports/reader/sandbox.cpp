#include "imports/reader/sandbox.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>

extern char** environ;

namespace enlace {
namespace {

class Descriptor {
 public:
  Descriptor() = default;
  explicit Descriptor(int fd) : fd_(fd) {}
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  ~Descriptor() { Close(); }
  int get() const { return fd_; }
  void Close() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }
  void Reset(int fd) {
    Close();
    fd_ = fd;
  }

 private:
  int fd_ = -1;
};

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif
#else
constexpr bool kAddressSanitizer = false;
#endif

}  // namespace

bool ApplyChildLimits(std::size_t memory_bytes, int cpu_seconds) {
  rlimit core{0, 0};
  bool ok = ::setrlimit(RLIMIT_CORE, &core) == 0;
  if (cpu_seconds > 0) {
    // The soft limit sends SIGXCPU; the hard limit a second later, SIGKILL.
    rlimit cpu{static_cast<rlim_t>(cpu_seconds), static_cast<rlim_t>(cpu_seconds) + 1};
    ok = ::setrlimit(RLIMIT_CPU, &cpu) == 0 && ok;
  }
  if (memory_bytes > 0 && !kAddressSanitizer) {
    rlimit memory{static_cast<rlim_t>(memory_bytes), static_cast<rlim_t>(memory_bytes)};
    ok = ::setrlimit(RLIMIT_AS, &memory) == 0 && ok;
  }
  return ok;
}

SandboxRun RunSandboxed(const std::string& executable, const std::vector<std::string>& arguments,
                        std::string_view input, const SandboxLimits& limits) {
  auto started = std::chrono::steady_clock::now();
  SandboxRun run;
  // Standard input is a socket, not a pipe: send(MSG_NOSIGNAL) to a child that died raises no
  // SIGPIPE in the server.
  std::array<int, 2> in{-1, -1};
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, in.data()) != 0) return run;
  Descriptor in_parent(in[0]), in_child(in[1]);
  std::array<int, 2> out{-1, -1};
  if (::pipe2(out.data(), O_CLOEXEC) != 0) return run;
  Descriptor out_parent(out[0]), out_child(out[1]);
  Descriptor null(::open("/dev/null", O_WRONLY | O_CLOEXEC));

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in_child.get(), STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out_child.get(), STDOUT_FILENO);
  if (null.get() >= 0) posix_spawn_file_actions_adddup2(&actions, null.get(), STDERR_FILENO);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  sigset_t empty, all;
  sigemptyset(&empty);
  sigfillset(&all);
  posix_spawnattr_setsigmask(&attributes, &empty);  // the server blocks SIGINT/SIGTERM in its threads
  posix_spawnattr_setsigdefault(&attributes, &all);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

  std::vector<std::string> owned;
  owned.push_back(executable);
  owned.insert(owned.end(), arguments.begin(), arguments.end());
  std::vector<char*> argv;
  for (auto& argument : owned) argv.push_back(argument.data());
  argv.push_back(nullptr);
  pid_t pid = -1;
  int spawned = ::posix_spawn(&pid, executable.c_str(), &actions, &attributes, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  if (spawned != 0) return run;
  in_child.Close();
  out_child.Close();
  ::fcntl(in_parent.get(), F_SETFL, O_NONBLOCK);
  ::fcntl(out_parent.get(), F_SETFL, O_NONBLOCK);

  auto deadline = started + limits.wall;
  std::size_t written = 0;
  if (input.empty()) in_parent.Close();
  bool timed_out = false, too_large = false;
  std::array<char, 65536> buffer;
  while (out_parent.get() >= 0) {
    auto now = std::chrono::steady_clock::now();
    if (now >= deadline) {
      timed_out = true;
      break;
    }
    std::array<pollfd, 2> fds{};
    nfds_t count = 0;
    fds[count++] = pollfd{out_parent.get(), POLLIN, 0};
    if (in_parent.get() >= 0) fds[count++] = pollfd{in_parent.get(), POLLOUT, 0};
    auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now).count() + 1;
    int ready = ::poll(fds.data(), count, static_cast<int>(std::min<long long>(wait, 1000)));
    if (ready < 0 && errno != EINTR) break;
    if (ready <= 0) continue;
    if (count > 1 && (fds[1].revents & (POLLOUT | POLLERR | POLLHUP)) != 0) {
      ssize_t n = ::send(in_parent.get(), input.data() + written, input.size() - written, MSG_NOSIGNAL);
      if (n > 0) written += static_cast<std::size_t>(n);
      if ((n < 0 && errno != EAGAIN && errno != EINTR) || written == input.size()) in_parent.Close();
    }
    if ((fds[0].revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
      ssize_t n = ::read(out_parent.get(), buffer.data(), buffer.size());
      if (n > 0) {
        run.output.append(buffer.data(), static_cast<std::size_t>(n));
        if (run.output.size() > limits.max_output_bytes) {
          too_large = true;
          break;
        }
      } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
        out_parent.Close();  // the child closed its standard output: it has finished (or died)
      }
    }
  }
  in_parent.Close();
  out_parent.Close();
  int status = 0;
  if (timed_out || too_large) {
    ::kill(pid, SIGKILL);
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
  } else {
    // Standard output is closed; the child exits now. Still bounded by the wall clock.
    while (true) {
      pid_t done = ::waitpid(pid, &status, WNOHANG);
      if (done == pid || (done < 0 && errno != EINTR)) break;
      if (std::chrono::steady_clock::now() >= deadline) {
        timed_out = true;
        ::kill(pid, SIGKILL);
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        break;
      }
      ::usleep(2000);
    }
  }
  run.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
  if (timed_out) {
    run.outcome = SandboxRun::Outcome::kTimedOut;
  } else if (too_large) {
    run.outcome = SandboxRun::Outcome::kOutputTooLarge;
  } else if (WIFSIGNALED(status)) {
    run.outcome = SandboxRun::Outcome::kSignaled;
    run.signal = WTERMSIG(status);
  } else {
    run.outcome = SandboxRun::Outcome::kExited;
    run.exit_code = WEXITSTATUS(status);
  }
  return run;
}

}  // namespace enlace
