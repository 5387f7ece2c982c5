// The report as a WordprocessingML package (ECMA-376), written part by part with pugixml and
// zipped with libzip.
//
// The agreements are a real Word multi-level list: level 0 decimal "%1.", level 1 lowerLetter
// "%2.", so Word (and any reader of numbering.xml) shows 1, 2, a, b, 3 while the paragraphs hold
// only the agreements' words. Word counts list items itself, so a stored number that is not the
// next one ("5" after "3") starts a new list instance (w:num) whose lvlOverride/startOverride
// says where to resume: the numbers shown are exactly the numbers stored. Numbers of another
// shape ("2.1", "IV") are written into the text, with a hanging indent, outside the list.
//
// Fixed parts (styles, relationships) are literal XML parsed by pugixml; every text from data
// goes through pugixml, which escapes it.
#include <algorithm>
#include <numeric>
#include <pugixml.hpp>
#include <sstream>
#include <string_view>

#include "kernel/formats/zip_archive.hpp"
#include "meetings/report/report_content.hpp"
#include "meetings/report/report_document.hpp"

namespace enlace {
namespace {

constexpr const char* kMainNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kRelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// A4 with 2.5 cm margins, in twentieths of a point.
constexpr int kPageWidth = 11906;
constexpr int kPageHeight = 16838;
constexpr int kMargin = 1418;
constexpr int kIndentStep = 567;  // 1 cm per list level
// Annex column widths; they add up to the text width (kPageWidth - 2 * kMargin = 9070).
constexpr int kColumnWidths[] = {1000, 1900, 3170, 1700, 1300};

std::string Serialize(const pugi::xml_document& document) {
  std::ostringstream out;
  document.save(out, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
  return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
         "\r\n" +
         out.str();
}

// Parses a fixed part; a failure is a bug in this file, reported as an internal error.
Result<std::string> FixedPart(const char* xml) {
  pugi::xml_document document;
  if (!document.load_string(xml)) return std::unexpected(Error::Internal("a fixed DOCX part is not well-formed"));
  return Serialize(document);
}

void SetAttribute(pugi::xml_node node, const char* name, const std::string& value) {
  node.append_attribute(name).set_value(value.c_str());
}

pugi::xml_node AddChild(pugi::xml_node parent, const char* name, const char* value_attribute = nullptr,
                        const std::string& value = {}) {
  pugi::xml_node child = parent.append_child(name);
  if (value_attribute != nullptr) SetAttribute(child, value_attribute, value);
  return child;
}

enum class RunStyle { kPlain, kBold, kMarker };

// One or more runs carrying `text`: "\n" becomes a line break and "\t" a tab, as Word keeps them.
void AddText(pugi::xml_node paragraph, const std::string& text, RunStyle style = RunStyle::kPlain) {
  pugi::xml_node run = paragraph.append_child("w:r");
  if (style != RunStyle::kPlain) {
    pugi::xml_node properties = run.append_child("w:rPr");
    if (style == RunStyle::kBold) properties.append_child("w:b");
    if (style == RunStyle::kMarker) AddChild(properties, "w:rStyle", "w:val", "MissingTranslation");
  }
  std::string piece;
  auto flush = [&] {
    if (piece.empty()) return;
    pugi::xml_node t = run.append_child("w:t");
    t.append_attribute("xml:space").set_value("preserve");
    t.text().set(piece.c_str());
    piece.clear();
  };
  for (char c : text) {
    if (c == '\n') {
      flush();
      run.append_child("w:br");
    } else if (c == '\t') {
      flush();
      run.append_child("w:tab");
    } else {
      piece.push_back(c);
    }
  }
  flush();
}

pugi::xml_node AddParagraph(pugi::xml_node parent, const char* style = nullptr) {
  pugi::xml_node paragraph = parent.append_child("w:p");
  if (style != nullptr) {
    pugi::xml_node properties = paragraph.append_child("w:pPr");
    AddChild(properties, "w:pStyle", "w:val", style);
  }
  return paragraph;
}

pugi::xml_node ParagraphProperties(pugi::xml_node paragraph) {
  pugi::xml_node properties = paragraph.child("w:pPr");
  return properties ? properties : paragraph.prepend_child("w:pPr");
}

// One w:num instance of the agreements' list, with where its levels start.
struct ListInstance {
  int id = 0;
  int level0_start = 1;
  int level1_start = 1;
};

// Lays the agreements out as list paragraphs and returns the list instances they need.
std::vector<ListInstance> AddAgreements(pugi::xml_node body, const ReportContent& content) {
  std::vector<ListInstance> instances;
  int expected_top = 1;
  int expected_letter = 1;
  for (const ReportItem& item : content.items) {
    pugi::xml_node paragraph = AddParagraph(body, "Agreement");
    pugi::xml_node properties = ParagraphProperties(paragraph);
    if (item.heading) properties.append_child("w:keepNext");
    if (item.numbering == ItemNumbering::kLiteral) {
      // Written as "2.1<tab>text" with a hanging indent at the list's own indentation.
      pugi::xml_node indent = properties.append_child("w:ind");
      SetAttribute(indent, "w:left", std::to_string(kIndentStep * (item.level + 1)));
      SetAttribute(indent, "w:hanging", std::to_string(kIndentStep));
      AddText(paragraph, item.label + "\t");
    } else {
      const bool top = item.numbering == ItemNumbering::kTop;
      const int expected = top ? expected_top : expected_letter;
      if (instances.empty() || item.value != expected) {
        ListInstance instance{.id = static_cast<int>(instances.size()) + 1,
                              .level0_start = top ? item.value : expected_top,
                              .level1_start = top ? 1 : item.value};
        instances.push_back(instance);
      }
      pugi::xml_node numbering = properties.append_child("w:numPr");
      AddChild(numbering, "w:ilvl", "w:val", top ? "0" : "1");
      AddChild(numbering, "w:numId", "w:val", std::to_string(instances.back().id));
      if (top) {
        expected_top = item.value + 1;
        expected_letter = 1;
      } else {
        expected_letter = item.value + 1;
      }
    }
    if (!item.marker.empty()) {
      AddText(paragraph, item.marker, RunStyle::kMarker);
      if (!item.text.empty()) AddText(paragraph, " ");
    }
    AddText(paragraph, item.text);
  }
  return instances;
}

void AddCell(pugi::xml_node row, int width, const std::string& text, const std::string& marker = {},
             bool header = false) {
  pugi::xml_node cell = row.append_child("w:tc");
  pugi::xml_node properties = cell.append_child("w:tcPr");
  pugi::xml_node cell_width = properties.append_child("w:tcW");
  SetAttribute(cell_width, "w:w", std::to_string(width));
  SetAttribute(cell_width, "w:type", "dxa");
  pugi::xml_node paragraph = AddParagraph(cell, header ? "TableHeading" : "TableText");
  if (!marker.empty()) {
    AddText(paragraph, marker, RunStyle::kMarker);
    if (!text.empty()) AddText(paragraph, " ");
  }
  AddText(paragraph, text);
}

// A table of the given column widths (twentieths of a point), with a header row Word repeats on
// each page.
pugi::xml_node AddTable(pugi::xml_node body, const std::vector<int>& widths, const std::vector<std::string>& headings) {
  pugi::xml_node table = body.append_child("w:tbl");
  pugi::xml_node properties = table.append_child("w:tblPr");
  AddChild(properties, "w:tblStyle", "w:val", "TableGrid");
  pugi::xml_node width = properties.append_child("w:tblW");
  SetAttribute(width, "w:w", "5000");
  SetAttribute(width, "w:type", "pct");
  pugi::xml_node look = properties.append_child("w:tblLook");
  SetAttribute(look, "w:val", "04A0");
  SetAttribute(look, "w:firstRow", "1");
  SetAttribute(look, "w:lastRow", "0");
  SetAttribute(look, "w:firstColumn", "0");
  SetAttribute(look, "w:lastColumn", "0");
  SetAttribute(look, "w:noHBand", "0");
  SetAttribute(look, "w:noVBand", "1");
  pugi::xml_node grid = table.append_child("w:tblGrid");
  for (int column_width : widths) AddChild(grid, "w:gridCol", "w:w", std::to_string(column_width));

  pugi::xml_node header = table.append_child("w:tr");
  pugi::xml_node header_properties = header.append_child("w:trPr");
  header_properties.append_child("w:tblHeader");
  for (std::size_t i = 0; i < headings.size() && i < widths.size(); ++i)
    AddCell(header, widths[i], headings[i], {}, true);
  return table;
}

void AddAnnex(pugi::xml_node body, const ReportContent& content) {
  AddText(AddParagraph(body, "Heading1"), content.annex_title);
  pugi::xml_node table =
      AddTable(body, std::vector<int>(std::begin(kColumnWidths), std::end(kColumnWidths)), content.annex_columns);
  for (const ReportAnnexRow& row : content.annex_rows) {
    pugi::xml_node table_row = table.append_child("w:tr");
    table_row.append_child("w:trPr").append_child("w:cantSplit");
    AddCell(table_row, kColumnWidths[0], row.agreement);
    AddCell(table_row, kColumnWidths[1], row.party);
    AddCell(table_row, kColumnWidths[2], row.action, row.marker);
    AddCell(table_row, kColumnWidths[3], row.deadline);
    AddCell(table_row, kColumnWidths[4], row.due);
  }
}

// Another capability's annex: its title, its note, its table.
void AddOtherAnnex(pugi::xml_node body, const ReportAnnex& annex) {
  AddText(AddParagraph(body, "Heading1"), annex.title);
  if (!annex.note.empty()) AddText(AddParagraph(body, "BodyText"), annex.note);
  const int total = std::accumulate(std::begin(kColumnWidths), std::end(kColumnWidths), 0);
  std::vector<int> widths;
  for (std::size_t i = 0; i < annex.columns.size(); ++i) {
    double share = annex.shares.size() == annex.columns.size() ? annex.shares[i] : 1.0 / annex.columns.size();
    widths.push_back(static_cast<int>(share * total));
  }
  pugi::xml_node table = AddTable(body, widths, annex.columns);
  for (const auto& row : annex.rows) {
    pugi::xml_node table_row = table.append_child("w:tr");
    table_row.append_child("w:trPr").append_child("w:cantSplit");
    for (std::size_t i = 0; i < widths.size(); ++i) AddCell(table_row, widths[i], i < row.size() ? row[i] : "");
  }
}

std::string DocumentPart(const ReportContent& content, std::vector<ListInstance>& instances) {
  pugi::xml_document document;
  pugi::xml_node root = document.append_child("w:document");
  root.append_attribute("xmlns:w").set_value(kMainNamespace);
  root.append_attribute("xmlns:r").set_value(kRelationshipsNamespace);
  pugi::xml_node body = root.append_child("w:body");

  AddText(AddParagraph(body, "Title"), content.body_name);
  AddText(AddParagraph(body, "Subtitle"), content.report_title);
  if (!content.meeting_title.empty()) AddText(AddParagraph(body, "MeetingTitle"), content.meeting_title);
  AddText(AddParagraph(body, "Dateline"), content.place_and_dates);
  pugi::xml_node status = AddParagraph(body, "Status");
  AddText(status, content.status_label + " ", RunStyle::kBold);
  AddText(status, content.status);
  AddText(AddParagraph(body, "BodyText"), content.opening);
  AddText(AddParagraph(body, "Introduction"), content.introduction);
  if (content.items.empty()) {
    AddText(AddParagraph(body, "BodyText"), content.no_items);
  } else {
    instances = AddAgreements(body, content);
  }
  if (!content.annex_rows.empty()) AddAnnex(body, content);
  for (const auto& annex : content.annexes) AddOtherAnnex(body, annex);
  AddText(AddParagraph(body, "Closing"), content.closing);

  pugi::xml_node section = body.append_child("w:sectPr");
  pugi::xml_node footer = section.append_child("w:footerReference");
  SetAttribute(footer, "w:type", "default");
  SetAttribute(footer, "r:id", "rIdFooter");
  pugi::xml_node size = section.append_child("w:pgSz");
  SetAttribute(size, "w:w", std::to_string(kPageWidth));
  SetAttribute(size, "w:h", std::to_string(kPageHeight));
  pugi::xml_node margins = section.append_child("w:pgMar");
  for (const char* side : {"w:top", "w:right", "w:bottom", "w:left"})
    SetAttribute(margins, side, std::to_string(kMargin));
  SetAttribute(margins, "w:header", "709");
  SetAttribute(margins, "w:footer", "709");
  SetAttribute(margins, "w:gutter", "0");
  return Serialize(document);
}

std::string NumberingPart(const std::vector<ListInstance>& instances) {
  pugi::xml_document document;
  pugi::xml_node root = document.append_child("w:numbering");
  root.append_attribute("xmlns:w").set_value(kMainNamespace);
  pugi::xml_node abstract = root.append_child("w:abstractNum");
  SetAttribute(abstract, "w:abstractNumId", "0");
  AddChild(abstract, "w:multiLevelType", "w:val", "multilevel");
  struct LevelFormat {
    const char* format;
    const char* text;
  };
  const LevelFormat levels[] = {{"decimal", "%1."}, {"lowerLetter", "%2."}};
  for (int level = 0; level < 2; ++level) {
    pugi::xml_node lvl = abstract.append_child("w:lvl");
    SetAttribute(lvl, "w:ilvl", std::to_string(level));
    AddChild(lvl, "w:start", "w:val", "1");
    AddChild(lvl, "w:numFmt", "w:val", levels[level].format);
    AddChild(lvl, "w:lvlText", "w:val", levels[level].text);
    AddChild(lvl, "w:lvlJc", "w:val", "left");
    pugi::xml_node indent = lvl.append_child("w:pPr").append_child("w:ind");
    SetAttribute(indent, "w:left", std::to_string(kIndentStep * (level + 1)));
    SetAttribute(indent, "w:hanging", std::to_string(kIndentStep));
  }
  for (const ListInstance& instance : instances) {
    pugi::xml_node num = root.append_child("w:num");
    SetAttribute(num, "w:numId", std::to_string(instance.id));
    AddChild(num, "w:abstractNumId", "w:val", "0");
    const int starts[] = {instance.level0_start, instance.level1_start};
    for (int level = 0; level < 2; ++level) {
      pugi::xml_node override_node = num.append_child("w:lvlOverride");
      SetAttribute(override_node, "w:ilvl", std::to_string(level));
      AddChild(override_node, "w:startOverride", "w:val", std::to_string(starts[level]));
    }
  }
  return Serialize(document);
}

// Child elements follow the schema's sequences (w:spacing before w:jc, w:b before w:sz …): Word
// refuses a part whose elements are out of order.
// Styles: Arial 11 pt for text, headings in the same family, a grid table for the annex, an
// italic grey character style for the missing-translation marker. Word's built-in style ids
// (Title, Subtitle, Heading1, TableGrid, Footer) so that readers map them.
constexpr const char* kStylesTemplate =
    R"(<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="es-ES"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Subtitle"/><w:qFormat/><w:pPr><w:spacing w:after="120"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="MeetingTitle"><w:name w:val="Meeting Title"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Dateline"><w:name w:val="Dateline"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="240"/><w:jc w:val="center"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Status"><w:name w:val="Report Status"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Introduction"><w:name w:val="Introduction"/><w:basedOn w:val="BodyText"/><w:next w:val="Agreement"/><w:pPr><w:keepNext/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Agreement"><w:name w:val="Agreement"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:pageBreakBefore/><w:spacing w:after="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableHeading"><w:name w:val="Table Heading"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:after="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Closing"><w:name w:val="Closing"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="480"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:customStyle="1" w:styleId="MissingTranslation"><w:name w:val="Missing Translation"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:i/><w:color w:val="7F4F00"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>)";

Result<std::string> StylesPart(const ReportContent& content) {
  pugi::xml_document document;
  if (!document.load_string(kStylesTemplate))
    return std::unexpected(Error::Internal("the DOCX styles are not well-formed"));
  pugi::xml_node language = document.select_node("/w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:lang").node();
  language.attribute("w:val").set_value(content.language_tag.c_str());
  return Serialize(document);
}

// "Página {PAGE} de {NUMPAGES}" with Word fields, so Word numbers the pages itself.
std::string FooterPart(const ReportContent& content) {
  pugi::xml_document document;
  pugi::xml_node root = document.append_child("w:ftr");
  root.append_attribute("xmlns:w").set_value(kMainNamespace);
  root.append_attribute("xmlns:r").set_value(kRelationshipsNamespace);
  pugi::xml_node paragraph = AddParagraph(root, "Footer");
  auto field = [&](const char* instruction) {
    AddChild(paragraph.append_child("w:r"), "w:fldChar", "w:fldCharType", "begin");
    pugi::xml_node text = paragraph.append_child("w:r").append_child("w:instrText");
    text.append_attribute("xml:space").set_value("preserve");
    text.text().set(instruction);
    AddChild(paragraph.append_child("w:r"), "w:fldChar", "w:fldCharType", "separate");
    AddText(paragraph, "1");
    AddChild(paragraph.append_child("w:r"), "w:fldChar", "w:fldCharType", "end");
  };
  // The pattern's words around Word's PAGE and NUMPAGES fields, in the order the language puts them.
  std::string_view pattern = content.page_label;
  while (!pattern.empty()) {
    auto page = pattern.find("{page}");
    auto total = pattern.find("{total}");
    auto next = std::min(page, total);
    if (next == std::string_view::npos) {
      AddText(paragraph, std::string(pattern));
      break;
    }
    if (next > 0) AddText(paragraph, std::string(pattern.substr(0, next)));
    field(next == page ? " PAGE " : " NUMPAGES ");
    pattern.remove_prefix(next + (next == page ? 6 : 7));
  }
  return Serialize(document);
}

std::string W3cDate(Timestamp instant) { return FormatIsoTimestamp(instant); }

std::string CorePropertiesPart(const ReportContent& content, Timestamp generated_at) {
  pugi::xml_document document;
  pugi::xml_node root = document.append_child("cp:coreProperties");
  root.append_attribute("xmlns:cp")
      .set_value("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
  root.append_attribute("xmlns:dc").set_value("http://purl.org/dc/elements/1.1/");
  root.append_attribute("xmlns:dcterms").set_value("http://purl.org/dc/terms/");
  root.append_attribute("xmlns:dcmitype").set_value("http://purl.org/dc/dcmitype/");
  root.append_attribute("xmlns:xsi").set_value("http://www.w3.org/2001/XMLSchema-instance");
  root.append_child("dc:title").text().set(content.document_title.c_str());
  root.append_child("dc:creator").text().set("enlace");
  root.append_child("dc:language").text().set(content.language.c_str());
  for (const char* name : {"dcterms:created", "dcterms:modified"}) {
    pugi::xml_node date = root.append_child(name);
    date.append_attribute("xsi:type").set_value("dcterms:W3CDTF");
    date.text().set(W3cDate(generated_at).c_str());
  }
  return Serialize(document);
}

constexpr const char* kContentTypes = R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>)";

constexpr const char* kPackageRelationships =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>)";

constexpr const char* kDocumentRelationships =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
</Relationships>)";

// Word recomputes the PAGE and NUMPAGES fields of the footer whenever it lays the pages out.
constexpr const char* kSettings = R"(<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:defaultTabStop w:val="709"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
</w:settings>)";

}  // namespace

Result<std::string> RenderReportDocx(const ReportDocument& report, const Texts& texts) {
  auto content = BuildReportContent(report, texts);
  if (!content) return std::unexpected(content.error());
  try {
    std::vector<ListInstance> instances;
    std::string document = DocumentPart(*content, instances);
    auto styles = StylesPart(*content);
    auto content_types = FixedPart(kContentTypes);
    auto package_relationships = FixedPart(kPackageRelationships);
    auto document_relationships = FixedPart(kDocumentRelationships);
    auto settings = FixedPart(kSettings);
    for (const auto* part : {&styles, &content_types, &package_relationships, &document_relationships, &settings}) {
      if (!*part) return std::unexpected(part->error());
    }
    return WriteZip({
        {"[Content_Types].xml", *content_types},
        {"_rels/.rels", *package_relationships},
        {"word/document.xml", document},
        {"word/styles.xml", *styles},
        {"word/numbering.xml", NumberingPart(instances)},
        {"word/settings.xml", *settings},
        {"word/footer1.xml", FooterPart(*content)},
        {"word/_rels/document.xml.rels", *document_relationships},
        {"docProps/core.xml", CorePropertiesPart(*content, report.generated_at)},
    });
  } catch (const std::exception& failure) {
    // pugixml and the standard library throw only on exhaustion (std::bad_alloc).
    return std::unexpected(Error::Internal(std::string("DOCX generation failed: ") + failure.what()));
  }
}

}  // namespace enlace
