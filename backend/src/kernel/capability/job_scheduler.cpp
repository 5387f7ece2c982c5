#include "kernel/capability/job_scheduler.hpp"

#include <spdlog/spdlog.h>

namespace enlace {

JobScheduler::JobScheduler(Kernel& kernel, std::vector<Job> jobs) : kernel_(kernel), jobs_(std::move(jobs)) {}

JobScheduler::~JobScheduler() { Stop(); }

void JobScheduler::Start() {
  for (const auto& job : jobs_) threads_.emplace_back([this, &job] { Loop(job); });
}

void JobScheduler::Stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (auto& thread : threads_) {
    if (thread.joinable()) thread.join();
  }
  threads_.clear();
}

void JobScheduler::Loop(const Job& job) {
  while (true) {
    try {
      job.run(kernel_);
    } catch (const std::exception& exception) {
      spdlog::error("{}: {}", job.name, exception.what());
    }
    std::unique_lock lock(mutex_);
    if (wake_.wait_for(lock, job.interval, [this] { return stopping_; })) return;
  }
}

}  // namespace enlace
