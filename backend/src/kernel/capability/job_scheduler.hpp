// Runs the capabilities' background jobs while the server serves: each on its own thread, every
// `interval`, until Stop(). A job that throws is logged and tried again at its next turn (the
// database may be unreachable for a while).
#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

#include "kernel/capability/capability.hpp"

namespace enlace {

class JobScheduler {
 public:
  JobScheduler(Kernel& kernel, std::vector<Job> jobs);
  ~JobScheduler();
  void Start();
  void Stop();

 private:
  void Loop(const Job& job);

  Kernel& kernel_;
  std::vector<Job> jobs_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace enlace
