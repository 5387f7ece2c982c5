// The text stages: decoding, paragraphs, list markers and segmentation.
#include <gtest/gtest.h>

#include "imports/reader/document_text.hpp"
#include "imports/reader/list_marker.hpp"
#include "imports/reader/segmenter.hpp"
#include "imports/reader/text_decode.hpp"

namespace enlace {
namespace {

TEST(TextDecodeTest, Windows1252IsConvertedToUtf8) {
  DecodedText decoded = DecodeText(
      "Panam\xE1 y M\xE9"
      "xico \x93"
      "acuerdos\x94");
  EXPECT_EQ(decoded.encoding, "windows-1252");
  EXPECT_EQ(decoded.text, "Panamá y México “acuerdos”");
}

TEST(TextDecodeTest, Utf8AndUtf16WithByteOrderMarksAreRead) {
  EXPECT_EQ(DecodeText("\xEF\xBB\xBFSecretar\xC3\xAD"
                       "a")
                .text,
            "Secretaría");
  DecodedText utf16 =
      DecodeText(std::string("\xFF\xFE"
                             "O\0K\0",
                             6));
  EXPECT_EQ(utf16.encoding, "utf-16le");
  EXPECT_EQ(utf16.text, "OK");
}

TEST(ListMarkerTest, ReadsTheMarkersConversionsLeave) {
  EXPECT_EQ(ReadMarker("1. Thank IOM").kind, MarkerKind::kNumber);
  EXPECT_EQ(ReadMarker("  b) Urge").kind, MarkerKind::kLetter);
  EXPECT_EQ(ReadMarker("  b) Urge").value, 2);
  EXPECT_EQ(ReadMarker("(c) Request").kind, MarkerKind::kLetter);
  EXPECT_EQ(ReadMarker("2.1 Los Países").kind, MarkerKind::kNumberPath);
  EXPECT_EQ(ReadMarker("\xEF\x82\xB7\tAprobar").kind, MarkerKind::kBullet);
  EXPECT_EQ(ReadMarker("- To thank").kind, MarkerKind::kBullet);
  EXPECT_EQ(ReadMarker("ACUERDO 3. Aprobar").value, 3);
  EXPECT_EQ(ReadMarker("IV. Agreements").kind, MarkerKind::kSection);
}

TEST(ListMarkerTest, DatesAndNumbersInWrappedLinesAreNotMarkers) {
  EXPECT_EQ(ReadMarker("15 November 2016, with participation").kind, MarkerKind::kNone);
  EXPECT_EQ(ReadMarker("3 de mayo de 2018").kind, MarkerKind::kNone);
  EXPECT_EQ(ReadMarker("2017. The purpose").kind, MarkerKind::kNone);
  EXPECT_EQ(ReadMarker("- 2017").kind, MarkerKind::kNone);
}

TEST(DocumentTextTest, BookmarksSoftHyphensAndWrappedLinesAreMended) {
  std::string text =
      "[bookmark: OLE_LINK31]The Network met in San José and agreed to recom-\n"
      "mend the organization of a regional workshop on migrant smuggling, with\n"
      "the support of the Interna\xC2\xAD\ntional Organization for Migration and the\n"
      "International Organization for Migration.\n";
  auto paragraphs = SplitParagraphs(text);
  ASSERT_EQ(paragraphs.size(), 1u);
  EXPECT_EQ(paragraphs[0].text,
            "The Network met in San José and agreed to recommend the organization of a regional workshop on "
            "migrant smuggling, with the support of the International Organization for Migration and the "
            "International Organization for Migration.");
}

TEST(SegmenterTest, HeadingItemsIntroduceLetteredSubItems) {
  auto paragraphs = SplitParagraphs(
      "The Network submits the following report:\n\n1. Thank IOM.\n\n2. Regarding the matrices:\n\n"
      "a. Thank IOM.\n\nb. Urge Member Countries.\n\n3. Review the Glossary.\n");
  Segmentation segmentation = Segment(paragraphs);
  ASSERT_EQ(segmentation.items.size(), 5u);
  EXPECT_EQ(segmentation.items[1].number, "2");
  EXPECT_TRUE(segmentation.items[1].heading);
  EXPECT_EQ(segmentation.items[3].number, "2.b");
  EXPECT_EQ(segmentation.items[4].number, "3");
  EXPECT_EQ(segmentation.preamble.size(), 1u);
}

TEST(SegmenterTest, NumberingRestartedByAConversionIsRepaired) {
  auto paragraphs =
      SplitParagraphs("AGREEMETNS\n\n1. Thank Mexico.\n\n2. Thank IOM.\n\n1. Urge the TS.\n\n2. Approve.\n");
  Segmentation segmentation = Segment(paragraphs);
  ASSERT_EQ(segmentation.items.size(), 4u);
  EXPECT_EQ(segmentation.items[2].number, "3");
  EXPECT_EQ(segmentation.items[3].number, "4");
  EXPECT_EQ(segmentation.warnings.front(), "numbering_repaired");
}

TEST(SegmenterTest, UnnumberedAgreementsAfterAgreedAreNumberedAndNarrativeIsSkipped) {
  auto paragraphs = SplitParagraphs(
      "Los Países Miembros acordaron:\n\nAgradecer a Panamá.\n\nLa delegación de México presentó su informe.\n\n"
      "Solicitar a la ST un informe.\n\nSan José, 5 de mayo de 2018.\n\nAgradecer a nadie.\n");
  Segmentation segmentation = Segment(paragraphs);
  ASSERT_EQ(segmentation.items.size(), 2u);
  EXPECT_EQ(segmentation.items[1].number, "2");
  EXPECT_EQ(segmentation.items[1].text, "Solicitar a la ST un informe.");
}

TEST(SegmenterTest, AReportWithoutAgreementsSaysSo) {
  Segmentation segmentation = Segment(SplitParagraphs("Just a letter.\n\nRegards.\n"));
  EXPECT_TRUE(segmentation.items.empty());
  EXPECT_EQ(segmentation.warnings.back(), "no_agreements_found");
}

// Issue 11: layouts of reports written elsewhere (the sentences here are made up).
TEST(SegmenterTest, ACollapsedParagraphIsSplitAtItsInlineNumbers) {
  auto paragraphs = SplitParagraphs(
      "JOINT STATEMENT The Network met in Lima on 3 May 2018. The delegations AGREED: 1. Thank Peru for hosting. "
      "2. Request the TS to circulate the report. 3. Ask for the 2 reports in 5. Sections.\n");
  Segmentation segmentation = Segment(paragraphs);
  ASSERT_EQ(segmentation.items.size(), 3u);
  EXPECT_EQ(segmentation.items[0].text, "Thank Peru for hosting.");
  EXPECT_EQ(segmentation.items[2].number, "3");
  // Without a 2 after the 1, a number after a full stop is not a marker.
  EXPECT_EQ(SplitParagraphs("It met. 1. Nothing else. 3. Still nothing.\n").size(), 1u);
}

// A report numbered throughout, its section titles and numbered subheadings run into the numbered
// paragraphs by a PDF conversion; the paragraph that announces the items is not one of them.
TEST(SegmenterTest, ParagraphsNumberedThroughoutUnderRunInSectionTitlesAreItems) {
  auto paragraphs = SplitParagraphs(
      "Report of the group\n\nI. Background 1. The group met twice in the year under review.\n\n"
      "II. Recommendations of the group 2. The group adopted the recommendations below.\n\n"
      "A. Data and records, by country 1. Shared registers 3. Member countries should keep shared registers. "
      "2. Safe return\n\n4. Countries should ease safe return. 5. Countries should report back on returns.\n");
  Segmentation segmentation = Segment(paragraphs);
  ASSERT_EQ(segmentation.items.size(), 3u);
  EXPECT_EQ(segmentation.items[0].number, "3");
  EXPECT_EQ(segmentation.items[0].text, "Member countries should keep shared registers.");
  EXPECT_EQ(segmentation.items[1].number, "4");
  EXPECT_EQ(segmentation.items[1].text, "Countries should ease safe return.");
  EXPECT_EQ(segmentation.items[2].number, "5");
  // A title longer than a title, or a sentence before the number, is not split off.
  EXPECT_EQ(SplitParagraphs("I. The group met. 1. Nothing here.\n").size(), 1u);
  EXPECT_EQ(SplitParagraphs("4. Countries should act on 5. Trafficking cases soon.\n").size(), 1u);
}

// A lead-in that names only who acts ("Ministers:"), its verbs in the bullets below.
TEST(SegmenterTest, BulletsUnderALeadInNamingOnlyWhoActsAreItems) {
  Segmentation segmentation = Segment(SplitParagraphs(
      "The ministers met in Lima on 3 May 2018.\n\nMinisters:\n\n• Welcomed the progress of the group.\n"
      "• Agreed to hold the next meeting in 2019.\n"));
  ASSERT_EQ(segmentation.items.size(), 2u);
  EXPECT_EQ(segmentation.items[1].text, "Agreed to hold the next meeting in 2019.");
  // A heading block's label is no lead-in.
  EXPECT_TRUE(Segment(SplitParagraphs("Participants:\n\n• Chile\n• Peru\n")).items.empty());
}

// Without an introducer or an item 1, dash bullets that are sentences with their own verbs.
TEST(SegmenterTest, DashBulletsThatAreSentencesAreItemsWithoutAnIntroducer) {
  Segmentation segmentation = Segment(SplitParagraphs(
      "Co-Chairs' summary\n\nOfficials met in Lima on 3 May 2018.\n\n- Officials welcomed the progress of the "
      "group.\n- Officials agreed to meet again in 2019.\n- Officials encouraged members to share data.\n"));
  ASSERT_EQ(segmentation.items.size(), 3u);
  EXPECT_EQ(segmentation.items[0].text, "Officials welcomed the progress of the group.");
  // Bullets without verbs (a list of names) are not agreements.
  EXPECT_TRUE(
      Segment(SplitParagraphs("Present:\n\n- The delegation of Chile\n- The delegation of Peru\n")).items.empty());
}

// Numbered preambular paragraphs ("Considering …;") at the head of the list are grounds.
TEST(SegmenterTest, NumberedPreambularParagraphsAreNotAgreements) {
  Segmentation segmentation = Segment(SplitParagraphs(
      "Los Ministros adoptan la siguiente Declaración:\n\n1. Considerando que el tema es regional;\n\n"
      "2. Recordando los acuerdos anteriores, y teniendo en cuenta el plan;\n\n3. Solicitar a la ST un informe.\n"));
  ASSERT_EQ(segmentation.items.size(), 1u);
  EXPECT_EQ(segmentation.items[0].number, "3");
  // A paragraph opening with "Noting …" that goes on to its own verb is operative.
  Segmentation operative = Segment(SplitParagraphs(
      "The ministers agreed:\n\n1. Recalling the plan of 2016,\n\n2. Noting the report, the ministers agreed to "
      "review the plan.\n\n3. Request the TS to circulate it.\n"));
  ASSERT_EQ(operative.items.size(), 2u);
  EXPECT_EQ(operative.items[0].number, "2");
}

// Issue 11: any gerund opens a preambular paragraph, one the lexicon lists or not, and a verb of a
// relative clause in it is not its own (made-up paragraphs).
TEST(SegmenterTest, AParagraphOpeningWithAnyGerundIsPreambular) {
  Segmentation segmentation = Segment(
      SplitParagraphs("Los Ministros declaran:\n\n1. Insistiendo en la cooperación, que fortalece la región;\n\n"
                      "2. Navegando entre dos orillas, acordada en su reunión anterior;\n\n"
                      "3. Declaran que el río es de todos.\n"));
  ASSERT_EQ(segmentation.items.size(), 1u);
  EXPECT_EQ(segmentation.items[0].number, "3");
  Segmentation english =
      Segment(SplitParagraphs("The ministers declare:\n\n1. Stressing the value of the river, which unites us;\n\n"
                              "2. Thank the hosts for the boats.\n"));
  ASSERT_EQ(english.items.size(), 1u);
  EXPECT_EQ(english.items[0].number, "2");  // A noun with a gerund's ending opens no preamble.
  Segmentation noun = Segment(
      SplitParagraphs("Los Ministros acuerdan:\n\n1. Contrabando de faros en la costa, que afecta a la región.\n\n"
                      "2. Pedir a la OIM un estudio de los faros.\n"));
  EXPECT_EQ(noun.items.size(), 2u);
}

TEST(SegmenterTest, InfinitivesRunIntoOneParagraphAfterAColonAreItems) {
  auto paragraphs = SplitParagraphs(
      "The ministers met in Quito and adopted the following lines of action: Strengthen the exchange of data. "
      "Promote safe return. Thank the hosts. The ministers then closed the meeting.\n");
  Segmentation segmentation = Segment(paragraphs);
  ASSERT_EQ(segmentation.items.size(), 3u);
  EXPECT_EQ(segmentation.items[1].text, "Promote safe return.");
}

// A bullet glyph of a symbol font read as the letter "l" and glued to the first word of a line.
TEST(DocumentTextTest, ABulletGlyphReadAsTheLetterLBeforeAFunctionWordIsDropped) {
  EXPECT_EQ(RemoveConversionNoise("Pedir que\nlen dos meses presenten el plan.\nlthe plan"),
            "Pedir que\nen dos meses presenten el plan.\nthe plan");
  EXPECT_EQ(RemoveConversionNoise("las reglas\nlos planes\nlength of the list"),
            "las reglas\nlos planes\nlength of the list");
}

TEST(SegmenterTest, TableCellsWithTheNumberInACellOfItsOwnAreNumberedItems) {
  auto paragraphs = SplitParagraphs("1\n|\nThank the hosts.\n|\n|\n2\n|\nUrge the members to act.\n|\n");
  Segmentation segmentation = Segment(paragraphs);
  ASSERT_EQ(segmentation.items.size(), 2u);
  EXPECT_EQ(segmentation.items[1].number, "2");
  EXPECT_EQ(segmentation.items[1].text, "Urge the members to act.");
}

}  // namespace
}  // namespace enlace
