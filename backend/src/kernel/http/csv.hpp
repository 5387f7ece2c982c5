// CSV as spreadsheet programs read it: RFC 4180 quoting, CRLF line ends, a UTF-8 byte-order
// mark so that accents survive, and cells that would start a formula neutralised.
#pragma once

#include <string>
#include <vector>

namespace enlace::http {

class CsvWriter {
 public:
  CsvWriter();
  void Row(const std::vector<std::string>& cells);
  std::string Finish() { return std::move(text_); }

 private:
  std::string text_;
};

}  // namespace enlace::http
