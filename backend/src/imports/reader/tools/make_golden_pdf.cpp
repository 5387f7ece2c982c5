// Generates the PDF golden inputs from plain text, the way a word processor would print them:
// justified paragraphs wrapped at the margin, long words hyphenated at line ends, a running header
// on every page and a page number at the foot. Only used to (re)build testdata/golden/*.pdf:
//   enlace_make_golden_pdf INPUT.txt OUTPUT.pdf "running header"
// Paragraphs are separated by blank lines; a paragraph starting with "  " is indented (sub-items).
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

constexpr double kWidth = 595, kHeight = 842, kMargin = 100;

// Soft hyphens inside long words let pango break them and print a hyphen, as Word does.
std::string Hyphenate(const std::string& text) {
  std::string out;
  std::string word;
  auto flush = [&] {
    int letters = 0;
    for (std::size_t i = 0; i < word.size(); ++i) {
      out.push_back(word[i]);
      unsigned char c = static_cast<unsigned char>(word[i]);
      if ((c & 0xC0) != 0x80) ++letters;
      bool next_is_start = i + 1 < word.size() && (static_cast<unsigned char>(word[i + 1]) & 0xC0) != 0x80;
      if (word.size() >= 9 && letters >= 4 && next_is_start && i + 4 < word.size() && letters % 3 == 1) {
        out += "\xC2\xAD";
      }
    }
    word.clear();
  };
  for (char c : text) {
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (static_cast<unsigned char>(c) >= 0x80);
    if (letter) {
      word.push_back(c);
    } else {
      flush();
      out.push_back(c);
    }
  }
  flush();
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: enlace_make_golden_pdf INPUT.txt OUTPUT.pdf HEADER\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::vector<std::string> paragraphs;
  std::string current, line;
  std::istringstream lines(buffer.str());
  while (std::getline(lines, line)) {
    if (line.empty()) {
      if (!current.empty()) paragraphs.push_back(current);
      current.clear();
    } else {
      current += (current.empty() ? "" : " ") + line;
    }
  }
  if (!current.empty()) paragraphs.push_back(current);

  cairo_surface_t* surface = cairo_pdf_surface_create(argv[2], kWidth, kHeight);
  cairo_t* cr = cairo_create(surface);
  PangoLayout* layout = pango_cairo_create_layout(cr);
  PangoFontDescription* font = pango_font_description_from_string("DejaVu Serif 12.5");
  PangoFontDescription* small = pango_font_description_from_string("DejaVu Sans 8");
  int page = 1;
  auto decorate = [&] {
    pango_layout_set_font_description(layout, small);
    pango_layout_set_width(layout, static_cast<int>((kWidth - 2 * kMargin) * PANGO_SCALE));
    pango_layout_set_justify(layout, FALSE);
    pango_layout_set_indent(layout, 0);
    pango_layout_set_text(layout, argv[3], -1);
    cairo_move_to(cr, kMargin, 36);
    pango_cairo_show_layout(cr, layout);
    std::string number = "Page " + std::to_string(page);
    pango_layout_set_text(layout, number.c_str(), -1);
    cairo_move_to(cr, kWidth / 2 - 15, kHeight - 40);
    pango_cairo_show_layout(cr, layout);
  };
  decorate();
  double y = kMargin;
  for (const std::string& raw : paragraphs) {
    bool indented = raw.starts_with("  ");
    std::string text = Hyphenate(indented ? raw.substr(2) : raw);
    double left = kMargin + (indented ? 24 : 0);
    pango_layout_set_font_description(layout, font);
    pango_layout_set_width(layout, static_cast<int>((kWidth - kMargin - left) * PANGO_SCALE));
    pango_layout_set_justify(layout, TRUE);
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_text(layout, text.c_str(), -1);
    // Line by line, so that a paragraph can continue on the next page.
    int count = pango_layout_get_line_count(layout);
    for (int i = 0; i < count; ++i) {
      PangoLayoutLine* layout_line = pango_layout_get_line_readonly(layout, i);
      PangoRectangle logical;
      pango_layout_line_get_pixel_extents(layout_line, nullptr, &logical);
      if (y + logical.height > kHeight - kMargin) {
        cairo_show_page(cr);
        ++page;
        decorate();
        pango_layout_set_font_description(layout, font);
        pango_layout_set_width(layout, static_cast<int>((kWidth - kMargin - left) * PANGO_SCALE));
        pango_layout_set_justify(layout, TRUE);
        pango_layout_set_text(layout, text.c_str(), -1);
        layout_line = pango_layout_get_line_readonly(layout, i);
        y = kMargin;
      }
      cairo_move_to(cr, left, y - logical.y);
      pango_cairo_show_layout_line(cr, layout_line);
      y += logical.height;
    }
    y += 8;
  }
  pango_font_description_free(font);
  pango_font_description_free(small);
  g_object_unref(layout);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  cairo_surface_destroy(surface);
  return 0;
}
