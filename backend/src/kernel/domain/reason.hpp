// The type of an error's machine reason; see error.hpp.
#pragma once

#include <string>
#include <string_view>

namespace enlace {

// A stable machine code for what went wrong. Made only from a literal, at compile time, so that
// every reason the program can produce is written down in a reasons.hpp and can be checked
// against the text catalogues.
class Reason {
 public:
  consteval explicit Reason(const char* code) : code_(code) {}
  constexpr std::string_view code() const { return code_; }
  constexpr bool operator==(const Reason& other) const { return code_ == other.code_; }
  // Where an Error keeps it: its code as text.
  operator std::string() const { return std::string(code_); }
  friend bool operator==(const std::string& text, const Reason& reason) { return text == reason.code_; }

 private:
  std::string_view code_;
};

}  // namespace enlace
