// libFuzzer target: the deadline reader — a phrase typed by a person (ReadDeadline, PATCH
// /commitments/{id} and GET /deadlines/reading) and the phrases found in a report's sentences
// (FindDeadlines) — in both languages, on arbitrary text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "meetings/domain/deadline.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const char* language : {"en", "es"}) {
    enlace::DeadlineContext context;
    context.meeting_start = enlace::Date{std::chrono::year{2019}, std::chrono::month{9}, std::chrono::day{5}};
    context.meeting_end = enlace::Date{std::chrono::year{2019}, std::chrono::month{9}, std::chrono::day{6}};
    context.language = language;
    context.own_body = "SMUGGLING_TIP_NETWORK";
    auto deadline = enlace::ReadDeadline(text, context);
    (void)deadline;
    auto found = enlace::FindDeadlines(text, context);
    for (const auto& match : found) {
      if (match.begin > match.end || match.end > text.size()) __builtin_trap();  // offsets stay in the sentence
    }
  }
  return 0;
}
