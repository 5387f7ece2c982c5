#include "imports/reader/docx_reader.hpp"

#include <zip.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>
#include <memory>
#include <optional>
#include <pugixml.hpp>
#include <set>
#include <vector>

#include "imports/domain/reasons.hpp"
#include "imports/reader/text_decode.hpp"

namespace enlace {
namespace {

struct ZipCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct ZipFileCloser {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};

Error TooLarge(std::string detail) {
  return Error{.code = ErrorCode::kPayloadTooLarge, .reason = reasons::kDocxTooLarge, .detail = std::move(detail)};
}

Error Unreadable(std::string detail) { return Error::Invalid(reasons::kUnreadableDocument, std::move(detail)); }

class Archive {
 public:
  static Result<Archive> Open(std::string_view bytes, const DocxLimits& limits) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source == nullptr) {
      zip_error_fini(&error);
      return std::unexpected(Unreadable("not a ZIP archive"));
    }
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    zip_error_fini(&error);
    if (archive == nullptr) {
      zip_source_free(source);
      return std::unexpected(Unreadable("not a ZIP archive"));
    }
    Archive result;
    result.archive_.reset(archive);
    zip_int64_t entries = zip_get_num_entries(archive, 0);
    if (entries < 0 || static_cast<std::size_t>(entries) > limits.max_entries) {
      return std::unexpected(TooLarge("too many entries in the archive"));
    }
    std::size_t declared = 0;
    for (zip_int64_t i = 0; i < entries; ++i) {
      zip_stat_t stat;
      zip_stat_init(&stat);
      if (zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &stat) != 0) continue;
      if ((stat.valid & ZIP_STAT_SIZE) != 0) {
        declared += static_cast<std::size_t>(std::min<zip_uint64_t>(stat.size, limits.max_total_declared_bytes + 1));
        if (declared > limits.max_total_declared_bytes) {
          return std::unexpected(TooLarge("the archive expands to more than the allowed size"));
        }
      }
    }
    result.limits_ = limits;
    return result;
  }

  // The part's bytes, or nullopt when the archive has no such part.
  Result<std::optional<std::string>> Read(const char* name) const {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive_.get(), name, 0, &stat) != 0) return std::optional<std::string>{};
    if ((stat.valid & ZIP_STAT_SIZE) != 0 && stat.size > limits_.max_part_bytes) {
      return std::unexpected(TooLarge(std::string(name) + " is too large"));
    }
    if ((stat.valid & ZIP_STAT_SIZE) != 0 && (stat.valid & ZIP_STAT_COMP_SIZE) != 0 && stat.size > (1u << 20) &&
        stat.size / std::max<zip_uint64_t>(stat.comp_size, 1) > limits_.max_ratio) {
      return std::unexpected(TooLarge(std::string(name) + " is compressed beyond the allowed ratio"));
    }
    std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen(archive_.get(), name, 0));
    if (!file) return std::unexpected(Unreadable(std::string(name) + " cannot be opened"));
    std::string content;
    std::array<char, 65536> buffer;
    while (true) {
      zip_int64_t n = zip_fread(file.get(), buffer.data(), buffer.size());
      if (n < 0) return std::unexpected(Unreadable(std::string(name) + " is corrupt"));
      if (n == 0) break;
      content.append(buffer.data(), static_cast<std::size_t>(n));
      // The directory may lie about sizes: count what actually comes out.
      if (content.size() > limits_.max_part_bytes) {
        return std::unexpected(TooLarge(std::string(name) + " is too large"));
      }
    }
    return std::optional<std::string>(std::move(content));
  }

 private:
  std::unique_ptr<zip_t, ZipCloser> archive_;
  DocxLimits limits_;
};

// Refuses document type and entity declarations before any parser sees the XML.
Result<void> RefuseDeclarations(const std::string& xml) {
  if (xml.find("<!DOCTYPE") != std::string::npos || xml.find("<!ENTITY") != std::string::npos ||
      xml.find("<!doctype") != std::string::npos) {
    return std::unexpected(
        Error::Invalid(reasons::kDocxEntityRefused, "the document declares a document type or entities"));
  }
  return {};
}

Result<pugi::xml_document> ParseXml(const std::string& xml, const char* part) {
  if (auto refused = RefuseDeclarations(xml); !refused) return std::unexpected(refused.error());
  pugi::xml_document document;
  pugi::xml_parse_result parsed =
      document.load_buffer(xml.data(), xml.size(), pugi::parse_default & ~pugi::parse_doctype);
  if (!parsed) return std::unexpected(Unreadable(std::string(part) + ": " + parsed.description()));
  return document;
}

int IntAttribute(pugi::xml_node node, const char* name, int fallback) {
  pugi::xml_attribute attribute = node.attribute(name);
  if (!attribute) return fallback;
  return attribute.as_int(fallback);
}

struct Level {
  int start = 1;
  std::string format = "decimal";
  std::string text = "%1.";
};

struct AbstractNumbering {
  std::map<int, Level> levels;
};

struct NumberingInstance {
  int abstract_id = -1;
  std::map<int, int> start_overrides;
  std::map<int, Level> level_overrides;
};

std::string ToRoman(int value, bool upper) {
  static constexpr std::array<std::pair<int, const char*>, 13> kTable = {{{1000, "m"},
                                                                          {900, "cm"},
                                                                          {500, "d"},
                                                                          {400, "cd"},
                                                                          {100, "c"},
                                                                          {90, "xc"},
                                                                          {50, "l"},
                                                                          {40, "xl"},
                                                                          {10, "x"},
                                                                          {9, "ix"},
                                                                          {5, "v"},
                                                                          {4, "iv"},
                                                                          {1, "i"}}};
  std::string out;
  if (value <= 0 || value > 3999) return std::to_string(value);
  for (const auto& [number, letters] : kTable) {
    while (value >= number) {
      out += letters;
      value -= number;
    }
  }
  if (upper) {
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string FormatCounter(int value, const std::string& format) {
  if (format == "lowerLetter" || format == "upperLetter") {
    if (value <= 0) value = 1;
    // a..z, aa..zz as Word does.
    int index = (value - 1) % 26;
    int repeat = (value - 1) / 26 + 1;
    char letter = static_cast<char>((format == "lowerLetter" ? 'a' : 'A') + index);
    return std::string(static_cast<std::size_t>(std::min(repeat, 10)), letter);
  }
  if (format == "lowerRoman") return ToRoman(value, false);
  if (format == "upperRoman") return ToRoman(value, true);
  if (format == "none") return "";
  if (format == "decimalZero" && value < 10) return "0" + std::to_string(value);
  return std::to_string(value);
}

class Numbering {
 public:
  void Load(const pugi::xml_document& numbering) {
    pugi::xml_node root = numbering.child("w:numbering");
    for (pugi::xml_node abstract : root.children("w:abstractNum")) {
      AbstractNumbering definition;
      for (pugi::xml_node level : abstract.children("w:lvl")) {
        definition.levels[IntAttribute(level, "w:ilvl", 0)] = ReadLevel(level);
      }
      abstracts_[IntAttribute(abstract, "w:abstractNumId", -1)] = std::move(definition);
    }
    for (pugi::xml_node num : root.children("w:num")) {
      NumberingInstance instance;
      instance.abstract_id = IntAttribute(num.child("w:abstractNumId"), "w:val", -1);
      for (pugi::xml_node override_node : num.children("w:lvlOverride")) {
        int level = IntAttribute(override_node, "w:ilvl", 0);
        if (pugi::xml_node start = override_node.child("w:startOverride")) {
          instance.start_overrides[level] = IntAttribute(start, "w:val", 1);
        }
        if (pugi::xml_node lvl = override_node.child("w:lvl")) {
          instance.level_overrides[level] = ReadLevel(lvl);
        }
      }
      instances_[IntAttribute(num, "w:numId", -1)] = std::move(instance);
    }
  }

  // The label of the next paragraph of list `num_id` at `level`; empty when there is no list.
  std::string Next(int num_id, int level) {
    auto instance = instances_.find(num_id);
    if (instance == instances_.end() || level < 0 || level > 8) return "";
    auto abstract = abstracts_.find(instance->second.abstract_id);
    if (abstract == abstracts_.end()) return "";
    auto level_of = [&](int l) -> Level {
      if (auto o = instance->second.level_overrides.find(l); o != instance->second.level_overrides.end()) {
        return o->second;
      }
      if (auto d = abstract->second.levels.find(l); d != abstract->second.levels.end()) return d->second;
      return Level{};
    };
    State& state = states_[instance->second.abstract_id];
    Level current = level_of(level);
    bool first_use = used_.insert({num_id, level}).second;
    auto start_override = instance->second.start_overrides.find(level);
    if (first_use && start_override != instance->second.start_overrides.end()) {
      state.counters[static_cast<std::size_t>(level)] = start_override->second;
      state.started[static_cast<std::size_t>(level)] = true;
    } else if (!state.started[static_cast<std::size_t>(level)]) {
      state.counters[static_cast<std::size_t>(level)] = current.start;
      state.started[static_cast<std::size_t>(level)] = true;
    } else {
      ++state.counters[static_cast<std::size_t>(level)];
    }
    for (int deeper = level + 1; deeper < 9; ++deeper) {
      state.started[static_cast<std::size_t>(deeper)] = false;
      used_.erase({num_id, deeper});
    }
    if (current.format == "bullet") return "\xE2\x80\xA2";  // •
    std::string label;
    const std::string& pattern = current.text;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
      if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
        int referenced = pattern[i + 1] - '1';
        Level referenced_level = level_of(referenced);
        int value = state.started[static_cast<std::size_t>(referenced)]
                        ? state.counters[static_cast<std::size_t>(referenced)]
                        : referenced_level.start;
        label += FormatCounter(value, referenced_level.format);
        ++i;
      } else {
        label.push_back(pattern[i]);
      }
    }
    return label;
  }

 private:
  static Level ReadLevel(pugi::xml_node level) {
    Level result;
    result.start = IntAttribute(level.child("w:start"), "w:val", 1);
    if (pugi::xml_node format = level.child("w:numFmt")) result.format = format.attribute("w:val").as_string("decimal");
    if (pugi::xml_node text = level.child("w:lvlText")) result.text = text.attribute("w:val").as_string("");
    return result;
  }
  struct State {
    std::array<int, 9> counters{};
    std::array<bool, 9> started{};
  };
  std::map<int, AbstractNumbering> abstracts_;
  std::map<int, NumberingInstance> instances_;
  std::map<int, State> states_;
  std::set<std::pair<int, int>> used_;
};

struct StyleNumbering {
  int num_id = -1;
  int level = 0;
};

std::map<std::string, StyleNumbering> ReadStyleNumbering(const pugi::xml_document& styles) {
  std::map<std::string, StyleNumbering> direct;
  std::map<std::string, std::string> based_on;
  for (pugi::xml_node style : styles.child("w:styles").children("w:style")) {
    std::string id = style.attribute("w:styleId").as_string();
    if (pugi::xml_node num = style.child("w:pPr").child("w:numPr")) {
      direct[id] = StyleNumbering{IntAttribute(num.child("w:numId"), "w:val", -1),
                                  IntAttribute(num.child("w:ilvl"), "w:val", 0)};
    }
    if (pugi::xml_node base = style.child("w:basedOn")) based_on[id] = base.attribute("w:val").as_string();
  }
  std::map<std::string, StyleNumbering> resolved = direct;
  for (const auto& [id, base] : based_on) {
    if (resolved.count(id) != 0) continue;
    std::string current = base;
    for (int depth = 0; depth < 10 && !current.empty(); ++depth) {
      if (auto found = direct.find(current); found != direct.end()) {
        resolved[id] = found->second;
        break;
      }
      auto next = based_on.find(current);
      current = next == based_on.end() ? "" : next->second;
    }
  }
  return resolved;
}

Error TooDeep() {
  return Error::Invalid(reasons::kDocumentTooDeep,
                        "word/document.xml nests elements deeper than " + std::to_string(kMaxXmlDepth) + " levels");
}

// The text of a paragraph's runs, in document order. Iterative: the depth of the XML is the
// sender's choice (a 1.7 KB archive can nest 50,000 elements), so no walk over it may recurse.
Result<void> CollectRunText(pugi::xml_node paragraph, std::string& out, int paragraph_depth) {
  struct Frame {
    pugi::xml_node next;  // the next child to visit at this level
  };
  std::vector<Frame> stack;
  stack.push_back({paragraph.first_child()});
  while (!stack.empty()) {
    pugi::xml_node child = stack.back().next;
    if (!child) {
      stack.pop_back();
      continue;
    }
    stack.back().next = child.next_sibling();
    std::string_view name = child.name();
    if (name == "w:t") {
      out += child.text().get();
    } else if (name == "w:tab") {
      out.push_back(' ');
    } else if (name == "w:br" || name == "w:cr") {
      out.push_back(' ');
    } else if (name == "w:noBreakHyphen") {
      out.push_back('-');
    } else if (name == "w:sym") {
      // Symbol-font glyphs (bullets) are private-use code points: keep them, the segmenter knows them.
      std::string code = child.attribute("w:char").as_string();
      char32_t cp = static_cast<char32_t>(std::strtoul(code.c_str(), nullptr, 16));
      if (cp > 0 && cp < 0x110000) AppendUtf8(out, cp);
    } else if (name == "w:delText" || name == "w:instrText" || name == "w:del" || name == "w:pPr" || name == "w:rPr" ||
               name == "w:fldSimple_instr") {
      continue;
    } else if (child.first_child()) {
      if (paragraph_depth + static_cast<int>(stack.size()) >= kMaxXmlDepth) return std::unexpected(TooDeep());
      stack.push_back({child.first_child()});
    }
  }
  return {};
}

// The paragraphs of the body, tables and content controls included, in document order.
// Iterative like CollectRunText, and refused past kMaxXmlDepth levels rather than cut short.
Result<void> CollectParagraphs(pugi::xml_node body, Numbering& numbering,
                               const std::map<std::string, StyleNumbering>& style_numbering, std::string& out) {
  std::vector<pugi::xml_node> stack;  // the next child to visit at each open level
  stack.push_back(body.first_child());
  while (!stack.empty()) {
    pugi::xml_node child = stack.back();
    if (!child) {
      stack.pop_back();
      continue;
    }
    stack.back() = child.next_sibling();
    std::string_view name = child.name();
    if (name == "w:p") {
      std::string text;
      if (auto collected = CollectRunText(child, text, static_cast<int>(stack.size())); !collected) {
        return collected;
      }
      pugi::xml_node properties = child.child("w:pPr");
      int num_id = -1;
      int level = 0;
      if (pugi::xml_node num = properties.child("w:numPr")) {
        num_id = IntAttribute(num.child("w:numId"), "w:val", -1);
        level = IntAttribute(num.child("w:ilvl"), "w:val", 0);
      } else if (pugi::xml_node style = properties.child("w:pStyle")) {
        if (auto found = style_numbering.find(style.attribute("w:val").as_string()); found != style_numbering.end()) {
          num_id = found->second.num_id;
          level = found->second.level;
        }
      }
      bool empty = text.find_first_not_of(" \t") == std::string::npos;
      std::string label;
      if (num_id > 0 && !empty) label = numbering.Next(num_id, level);
      if (!empty) {
        out.append(static_cast<std::size_t>(std::clamp(level, 0, 8)) * 4 * (label.empty() ? 0 : 1), ' ');
        if (!label.empty()) {
          out += label;
          out.push_back(' ');
        }
        out += text;
        out += "\n\n";
      }
    } else if (name == "w:tbl" || name == "w:tr" || name == "w:tc" || name == "w:sdt" || name == "w:sdtContent" ||
               name == "w:customXml" || name == "w:ins" || name == "w:smartTag") {
      if (static_cast<int>(stack.size()) >= kMaxXmlDepth) return std::unexpected(TooDeep());
      stack.push_back(child.first_child());
    }
  }
  return {};
}

}  // namespace

bool LooksLikeZip(std::string_view bytes) { return bytes.size() >= 4 && bytes.substr(0, 4) == "PK\x03\x04"; }

Result<std::string> ReadDocxText(std::string_view bytes, const DocxLimits& limits) {
  if (bytes.size() > limits.max_archive_bytes) return std::unexpected(TooLarge("the file is too large"));
  auto archive = Archive::Open(bytes, limits);
  if (!archive) return std::unexpected(archive.error());
  auto document_xml = archive->Read("word/document.xml");
  if (!document_xml) return std::unexpected(document_xml.error());
  if (!*document_xml)
    return std::unexpected(Error::Invalid(reasons::kUnsupportedFormat, "a ZIP archive without word/document.xml"));
  auto document = ParseXml(**document_xml, "word/document.xml");
  if (!document) return std::unexpected(document.error());

  Numbering numbering;
  auto numbering_xml = archive->Read("word/numbering.xml");
  if (!numbering_xml) return std::unexpected(numbering_xml.error());
  if (*numbering_xml) {
    auto parsed = ParseXml(**numbering_xml, "word/numbering.xml");
    if (!parsed) return std::unexpected(parsed.error());
    numbering.Load(*parsed);
  }
  std::map<std::string, StyleNumbering> style_numbering;
  auto styles_xml = archive->Read("word/styles.xml");
  if (!styles_xml) return std::unexpected(styles_xml.error());
  if (*styles_xml) {
    auto parsed = ParseXml(**styles_xml, "word/styles.xml");
    if (!parsed) return std::unexpected(parsed.error());
    style_numbering = ReadStyleNumbering(*parsed);
  }
  std::string out;
  pugi::xml_node body = document->child("w:document").child("w:body");
  if (!body) return std::unexpected(Unreadable("word/document.xml has no body"));
  if (auto collected = CollectParagraphs(body, numbering, style_numbering, out); !collected) {
    return std::unexpected(collected.error());
  }
  return out;
}

}  // namespace enlace
