#include "kernel/http/csv.hpp"

namespace enlace::http {

CsvWriter::CsvWriter() : text_("\xEF\xBB\xBF") {}

void CsvWriter::Row(const std::vector<std::string>& cells) {
  bool first = true;
  for (auto cell : cells) {
    if (!first) text_ += ',';
    first = false;
    // A cell starting with = + - @ is a formula to a spreadsheet: prefix it so it stays text.
    if (!cell.empty() && (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@')) cell = "'" + cell;
    if (cell.find_first_of(",\"\r\n") != std::string::npos) {
      std::string quoted = "\"";
      for (char c : cell) {
        if (c == '"') quoted += '"';
        quoted += c;
      }
      quoted += '"';
      text_ += quoted;
    } else {
      text_ += cell;
    }
  }
  text_ += "\r\n";
}

}  // namespace enlace::http
