// The report as a PDF: A4, DejaVu fonts, text kept as text (selectable, found by pdftotext).
//
// Pango breaks each paragraph into lines; the lines are placed one by one so that a paragraph,
// or a row of the annex table, can continue on the next page. The footer says "Página 2 de 3",
// so the document is laid out twice: the first pass only counts the pages (layout is
// deterministic, so both passes break pages at the same places).
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <array>
#include <memory>

#include "meetings/report/report_content.hpp"
#include "meetings/report/report_document.hpp"

namespace enlace {
namespace {

constexpr double kA4WidthInPoints = 595.276;  // A4 in points
constexpr double kA4HeightInPoints = 841.890;
constexpr double kMarginSide = 70.87;  // 2.5 cm
constexpr double kMarginTop = 70.87;
constexpr double kMarginBottom = 70.87;
constexpr double kFooterBaseline = kA4HeightInPoints - 36;
constexpr double kTextWidth = kA4WidthInPoints - 2 * kMarginSide;
constexpr double kIndent = 24;  // one list level
constexpr double kCellPadding = 4;
// Annex columns as shares of the text width: agreement, party, action, deadline, due date.
constexpr std::array<double, 5> kColumnShares = {0.14, 0.21, 0.31, 0.18, 0.16};

constexpr const char* kBodyFont = "DejaVu Sans 10.5";
constexpr const char* kTitleFont = "DejaVu Sans Bold 16";
constexpr const char* kSubtitleFont = "DejaVu Sans 13";
constexpr const char* kDatelineFont = "DejaVu Sans 11";
constexpr const char* kSmallFont = "DejaVu Sans 9.5";
constexpr const char* kTableFont = "DejaVu Sans 8.5";
constexpr const char* kTableHeaderFont = "DejaVu Sans Bold 8.5";
constexpr const char* kHeadingFont = "DejaVu Sans Bold 13";
constexpr const char* kFooterFont = "DejaVu Sans 8";

struct GObjectDeleter {
  void operator()(void* object) const {
    if (object != nullptr) g_object_unref(object);
  }
};
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectDeleter>;
using ContextPtr = std::unique_ptr<PangoContext, GObjectDeleter>;

struct FontDeleter {
  void operator()(PangoFontDescription* font) const { pango_font_description_free(font); }
};
struct AttributesDeleter {
  void operator()(PangoAttrList* attributes) const { pango_attr_list_unref(attributes); }
};
using AttributesPtr = std::unique_ptr<PangoAttrList, AttributesDeleter>;

double ToPoints(int pango_units) { return static_cast<double>(pango_units) / PANGO_SCALE; }

// One line of a laid-out paragraph, in points relative to the layout's top.
struct LineBox {
  PangoLayoutLine* line = nullptr;  // owned by the layout
  double x = 0;                     // offset from the layout's left edge (alignment)
  double top = 0;
  double height = 0;
  double baseline = 0;  // from the layout's top
};

std::vector<LineBox> Lines(PangoLayout* layout) {
  std::vector<LineBox> lines;
  PangoLayoutIter* iter = pango_layout_get_iter(layout);
  do {
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(iter, nullptr, &logical);
    lines.push_back(LineBox{.line = pango_layout_iter_get_line_readonly(iter),
                            .x = ToPoints(logical.x),
                            .top = ToPoints(logical.y),
                            .height = ToPoints(logical.height),
                            .baseline = ToPoints(pango_layout_iter_get_baseline(iter))});
  } while (pango_layout_iter_next_line(iter));
  pango_layout_iter_free(iter);
  return lines;
}

enum class Align { kLeft, kCenter, kJustify };

struct TextStyle {
  const char* font = kBodyFont;
  Align align = Align::kLeft;
  double red = 0, green = 0, blue = 0;
};

// A range of the text shown differently: the missing-translation marker (italic, brown) or a
// label (bold). Byte offsets.
struct Emphasis {
  std::size_t begin = 0;
  std::size_t end = 0;
  enum class Kind { kMarker, kBold } kind = Emphasis::Kind::kMarker;
};

class PdfWriter {
 public:
  PdfWriter(const ReportContent& content, Timestamp generated_at, int total_pages)
      : content_(content), generated_at_(generated_at), total_pages_(total_pages) {}

  Result<std::string> Render() {
    cairo_surface_t* surface =
        cairo_pdf_surface_create_for_stream(&PdfWriter::Append, &bytes_, kA4WidthInPoints, kA4HeightInPoints);
    cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5);
    std::string date = FormatIsoTimestamp(generated_at_);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, content_.document_title.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, "enlace");
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "enlace");
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date.c_str());
    cr_ = cairo_create(surface);

    context_.reset(pango_font_map_create_context(pango_cairo_font_map_get_default()));
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(context_.get(), options);
    // One PDF unit is one point: font sizes mean points (pango's default, 96 dpi, would make
    // "10" come out as 13.3 pt).
    pango_cairo_context_set_resolution(context_.get(), 72);
    cairo_font_options_destroy(options);
    pango_cairo_update_context(cr_, context_.get());
    pango_context_set_language(context_.get(), pango_language_from_string(content_.language.c_str()));

    StartPage();
    DrawDocument();
    EndPage();

    cairo_status_t status = cairo_status(cr_);
    cairo_destroy(cr_);
    cairo_surface_finish(surface);
    if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS) {
      return std::unexpected(Error::Internal(std::string("PDF generation failed: ") + cairo_status_to_string(status)));
    }
    return std::move(bytes_);
  }

  int pages() const { return page_; }

 private:
  static cairo_status_t Append(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
  }

  double Bottom() const { return kA4HeightInPoints - kMarginBottom; }

  void StartPage() {
    ++page_;
    y_ = kMarginTop;
  }

  void EndPage() {
    std::string label = content_.PageLabel(page_, total_pages_ > 0 ? total_pages_ : page_);
    LayoutPtr footer = MakeLayout(label, TextStyle{.font = kFooterFont, .align = Align::kCenter}, kTextWidth);
    std::vector<LineBox> lines = Lines(footer.get());
    DrawLine(lines.front(), kMarginSide, kFooterBaseline - lines.front().baseline, TextStyle{.font = kFooterFont});
    cairo_show_page(cr_);
  }

  void NewPage() {
    EndPage();
    StartPage();
  }

  LayoutPtr MakeLayout(const std::string& text, const TextStyle& style, double width,
                       const std::vector<Emphasis>& emphasis = {}) {
    LayoutPtr layout(pango_layout_new(context_.get()));
    std::unique_ptr<PangoFontDescription, FontDeleter> font(pango_font_description_from_string(style.font));
    pango_layout_set_font_description(layout.get(), font.get());
    pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout.get(), style.align == Align::kCenter ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
    pango_layout_set_justify(layout.get(), style.align == Align::kJustify);
    pango_layout_set_text(layout.get(), text.c_str(), static_cast<int>(text.size()));
    if (!emphasis.empty()) {
      AttributesPtr attributes(pango_attr_list_new());
      for (const Emphasis& range : emphasis) {
        auto add = [&](PangoAttribute* attribute) {
          attribute->start_index = static_cast<guint>(range.begin);
          attribute->end_index = static_cast<guint>(range.end);
          pango_attr_list_insert(attributes.get(), attribute);
        };
        if (range.kind == Emphasis::Kind::kBold) {
          add(pango_attr_weight_new(PANGO_WEIGHT_BOLD));
        } else {
          add(pango_attr_style_new(PANGO_STYLE_ITALIC));
          add(pango_attr_foreground_new(0x7F00, 0x4F00, 0x0000));
        }
      }
      pango_layout_set_attributes(layout.get(), attributes.get());
    }
    return layout;
  }

  void DrawLine(const LineBox& line, double left, double top_of_line, const TextStyle& style) {
    cairo_set_source_rgb(cr_, style.red, style.green, style.blue);
    cairo_move_to(cr_, left + line.x, top_of_line + (line.baseline - line.top));
    pango_cairo_show_layout_line(cr_, line.line);
  }

  // Places a paragraph's lines from the current position, continuing on new pages as needed.
  // `keep_after` asks for that much room below the paragraph's first lines (a heading with its
  // first item). `label` is drawn at `label_left` beside the first line.
  void DrawParagraph(PangoLayout* layout, double left, const TextStyle& style, double space_before, double space_after,
                     double keep_after = 0, PangoLayout* label = nullptr, double label_left = 0) {
    std::vector<LineBox> lines = Lines(layout);
    if (y_ > kMarginTop) y_ += space_before;
    // Keep the first two lines together (no orphan), and a short paragraph whole.
    double first = 0;
    for (std::size_t i = 0; i < lines.size() && i < 2; ++i) first += lines[i].height;
    if (lines.size() <= 3) first = lines.empty() ? 0 : lines.back().top + lines.back().height - lines.front().top;
    if (y_ + first + keep_after > Bottom() && y_ > kMarginTop) NewPage();
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (y_ + lines[i].height > Bottom() && y_ > kMarginTop) NewPage();
      DrawLine(lines[i], left, y_, style);
      if (i == 0 && label != nullptr) {
        std::vector<LineBox> label_lines = Lines(label);
        // Same font, so aligning the baselines puts the label on the first line.
        cairo_set_source_rgb(cr_, style.red, style.green, style.blue);
        cairo_move_to(cr_, label_left + label_lines.front().x, y_ + (lines[0].baseline - lines[0].top));
        pango_cairo_show_layout_line(cr_, label_lines.front().line);
      }
      y_ += lines[i].height;
    }
    y_ += space_after;
  }

  void Paragraph(const std::string& text, const TextStyle& style, double space_before, double space_after,
                 const std::vector<Emphasis>& emphasis = {}, double keep_after = 0) {
    LayoutPtr layout = MakeLayout(text, style, kTextWidth, emphasis);
    DrawParagraph(layout.get(), kMarginSide, style, space_before, space_after, keep_after);
  }

  void DrawItems() {
    const TextStyle style{.font = kBodyFont, .align = Align::kJustify};
    for (const ReportItem& item : content_.items) {
      double text_left = kMarginSide + kIndent * (item.level + 1);
      double label_left = kMarginSide + kIndent * item.level;
      std::string text = item.text;
      std::vector<Emphasis> emphasis;
      if (!item.marker.empty()) {
        text = item.marker + (item.text.empty() ? "" : " ") + item.text;
        emphasis.push_back({0, item.marker.size(), Emphasis::Kind::kMarker});
      }
      std::string label = item.label;
      if (item.numbering == ItemNumbering::kLiteral && !label.empty()) {
        // A literal number may be wider than the indent; let the text start after it.
        LayoutPtr probe = MakeLayout(label, style, kTextWidth);
        PangoRectangle logical;
        pango_layout_get_extents(probe.get(), nullptr, &logical);
        text_left = std::max(text_left, label_left + ToPoints(logical.width) + 6);
      }
      LayoutPtr layout = MakeLayout(text, style, kMarginSide + kTextWidth - text_left, emphasis);
      LayoutPtr label_layout = MakeLayout(label.empty() ? " " : label, TextStyle{.font = kBodyFont}, kTextWidth);
      DrawParagraph(layout.get(), text_left, style, 6, 0, item.heading ? 30 : 0, label_layout.get(), label_left);
    }
  }

  struct Column {
    double left = 0;
    double width = 0;
  };

  std::vector<Column> Columns() const {
    std::vector<Column> columns;
    double left = kMarginSide;
    for (double share : shares_) {
      columns.push_back(Column{left, kTextWidth * share});
      left += kTextWidth * share;
    }
    return columns;
  }

  // One table row; a row taller than the room left continues on the next page, under the
  // repeated header row.
  void DrawRow(const std::vector<std::string>& cells, const std::vector<std::vector<Emphasis>>& emphasis, bool header) {
    std::vector<Column> columns = Columns();
    const TextStyle style{.font = header ? kTableHeaderFont : kTableFont};
    std::vector<LayoutPtr> layouts;
    std::vector<std::vector<LineBox>> lines;
    double whole = 0;
    for (std::size_t i = 0; i < cells.size() && i < columns.size(); ++i) {
      layouts.push_back(MakeLayout(cells[i], style, columns[i].width - 2 * kCellPadding,
                                   i < emphasis.size() ? emphasis[i] : std::vector<Emphasis>{}));
      lines.push_back(Lines(layouts.back().get()));
      whole = std::max(whole, lines.back().back().top + lines.back().back().height);
    }
    const double room = Bottom() - kMarginTop;
    if (header) {
      // Keep the header with at least one line of the first row.
      if (y_ + whole + 2 * kCellPadding + 20 > Bottom() && y_ > kMarginTop) NewPage();
    } else if (y_ + whole + 2 * kCellPadding > Bottom() && whole + 2 * kCellPadding < room - 40) {
      NewPage();
      DrawHeaderRow();
    }
    std::vector<std::size_t> next(lines.size(), 0);
    auto remaining = [&] {
      for (std::size_t i = 0; i < lines.size(); ++i) {
        if (next[i] < lines[i].size()) return true;
      }
      return false;
    };
    while (remaining()) {
      double available = Bottom() - y_ - 2 * kCellPadding;
      std::vector<std::size_t> start = next;
      double fragment = 0;
      bool any = false;
      for (std::size_t i = 0; i < lines.size(); ++i) {
        double used = 0;
        while (next[i] < lines[i].size() && used + lines[i][next[i]].height <= available) {
          used += lines[i][next[i]].height;
          ++next[i];
          any = true;
        }
        fragment = std::max(fragment, used);
      }
      if (!any) {
        if (y_ <= kMarginTop + 1) {
          // Not even one line fits on an empty page: place one line per cell anyway.
          for (std::size_t i = 0; i < lines.size(); ++i) {
            if (next[i] < lines[i].size()) fragment = std::max(fragment, lines[i][next[i]++].height);
          }
        } else {
          NewPage();
          if (!header) DrawHeaderRow();
          continue;
        }
      }
      const double height = fragment + 2 * kCellPadding;
      if (header) {
        cairo_set_source_rgb(cr_, 0.90, 0.90, 0.90);
        cairo_rectangle(cr_, columns.front().left, y_, kTextWidth, height);
        cairo_fill(cr_);
      }
      for (std::size_t i = 0; i < lines.size(); ++i) {
        double offset = 0;
        for (std::size_t k = start[i]; k < next[i]; ++k) {
          DrawLine(lines[i][k], columns[i].left + kCellPadding, y_ + kCellPadding + offset, style);
          offset += lines[i][k].height;
        }
        cairo_set_source_rgb(cr_, 0.35, 0.35, 0.35);
        cairo_set_line_width(cr_, 0.5);
        cairo_rectangle(cr_, columns[i].left, y_, columns[i].width, height);
        cairo_stroke(cr_);
      }
      y_ += height;
      if (remaining()) {
        NewPage();
        if (!header) DrawHeaderRow();
      }
    }
  }

  void DrawHeaderRow() { DrawRow(header_cells_, {}, true); }

  void DrawAnnex() {
    if (y_ > kMarginTop) NewPage();
    Paragraph(content_.annex_title, TextStyle{.font = kHeadingFont}, 0, 10);
    DrawHeaderRow();
    for (const ReportAnnexRow& row : content_.annex_rows) {
      std::string action = row.action;
      std::vector<std::vector<Emphasis>> emphasis(5);
      if (!row.marker.empty()) {
        action = row.marker + (row.action.empty() ? "" : " ") + row.action;
        emphasis[2].push_back({0, row.marker.size(), Emphasis::Kind::kMarker});
      }
      DrawRow({row.agreement, row.party, action, row.deadline, row.due}, emphasis, false);
    }
  }

  // Another capability's annex: its title and note, then its table under a repeated header row.
  void DrawOtherAnnex(const ReportAnnex& annex) {
    shares_ = annex.shares;
    if (shares_.size() != annex.columns.size()) shares_.assign(annex.columns.size(), 1.0 / annex.columns.size());
    header_cells_ = annex.columns;
    Paragraph(annex.title, TextStyle{.font = kHeadingFont}, 18, annex.note.empty() ? 10 : 4);
    if (!annex.note.empty()) Paragraph(annex.note, TextStyle{.font = kSmallFont}, 0, 8);
    DrawHeaderRow();
    for (const auto& row : annex.rows) DrawRow(row, {}, false);
  }

  void DrawDocument() {
    Paragraph(content_.body_name, TextStyle{.font = kTitleFont, .align = Align::kCenter}, 0, 6);
    Paragraph(content_.report_title, TextStyle{.font = kSubtitleFont, .align = Align::kCenter}, 0, 4);
    if (!content_.meeting_title.empty()) {
      Paragraph(content_.meeting_title, TextStyle{.font = "DejaVu Sans Oblique 11", .align = Align::kCenter}, 0, 4);
    }
    Paragraph(content_.place_and_dates, TextStyle{.font = kDatelineFont, .align = Align::kCenter}, 0, 18);
    std::string status = content_.status_label + " " + content_.status;
    Paragraph(status, TextStyle{.font = kSmallFont}, 0, 14, {{0, content_.status_label.size(), Emphasis::Kind::kBold}});
    const TextStyle body{.font = kBodyFont, .align = Align::kJustify};
    Paragraph(content_.opening, body, 0, 10);
    Paragraph(content_.introduction, body, 0, 4, {}, 40);
    if (content_.items.empty()) {
      Paragraph(content_.no_items, body, 6, 0);
    } else {
      DrawItems();
    }
    if (!content_.annex_rows.empty()) DrawAnnex();
    for (const auto& annex : content_.annexes) DrawOtherAnnex(annex);
    Paragraph(content_.closing, TextStyle{.font = "DejaVu Sans 8", .red = 0.35, .green = 0.35, .blue = 0.35}, 28, 0);
  }

  const ReportContent& content_;
  std::vector<double> shares_{kColumnShares.begin(), kColumnShares.end()};  // of the table being drawn
  std::vector<std::string> header_cells_ = content_.annex_columns;
  Timestamp generated_at_;
  int total_pages_;
  std::string bytes_;
  cairo_t* cr_ = nullptr;
  ContextPtr context_;
  int page_ = 0;
  double y_ = kMarginTop;
};

}  // namespace

Result<std::string> RenderReportPdf(const ReportDocument& report, const Texts& texts) {
  auto content = BuildReportContent(report, texts);
  if (!content) return std::unexpected(content.error());
  try {
    PdfWriter counting(*content, report.generated_at, 0);
    auto draft = counting.Render();
    if (!draft) return std::unexpected(draft.error());
    PdfWriter writer(*content, report.generated_at, counting.pages());
    return writer.Render();
  } catch (const std::exception& failure) {
    return std::unexpected(Error::Internal(std::string("PDF generation failed: ") + failure.what()));
  }
}

}  // namespace enlace
