#include "imports/reader/meeting_reader.hpp"

#include <gtest/gtest.h>

#include "imports/testing/reader_fixtures.hpp"

namespace enlace {
namespace {

// Issue 11: the ordinal of a meeting is kept apart from its body (made-up titles).
TEST(MeetingReaderTest, TheOrdinalIsReadApartFromTheBody) {
  EXPECT_EQ(ReadOrdinal("XII REUNIÓN DEL GRUPO REGIONAL"), "XII");
  EXPECT_EQ(ReadOrdinal("Informe de la Décima Reunión de la Red"), "X");
  EXPECT_EQ(ReadOrdinal("Report of the Third Regional Meeting"), "III");
  EXPECT_EQ(ReadOrdinal("the LXI Summit of Presidents"), "LXI");
  EXPECT_FALSE(ReadOrdinal("CIVIL Society Meeting"));
  EXPECT_FALSE(ReadOrdinal("I. Introduction"));
  EXPECT_FALSE(ReadOrdinal("The Network met in Lima."));
}

// A city no reference list knows is read from the sentence about the meeting, before its date; its
// country is the one the report thanks for its hospitality (made-up sentences).
TEST(MeetingReaderTest, AnUnlistedCityIsReadBeforeTheDateAndItsCountryFromTheHostThanks) {
  const Gazetteer& gazetteer = testing::ReferenceGazetteer();
  MeetingFields spanish = ReadMeeting(
      {"La Quinta Reunión de la Red, celebrada en Villa Serena los días 4 y 5 de marzo de 2015, revisó su plan."},
      gazetteer, "es");
  EXPECT_EQ(spanish.place.city, "Villa Serena");
  EXPECT_FALSE(spanish.place.country);
  MeetingFields english = ReadMeeting({"The Network met in Port Aurora on 4 March 2015."}, gazetteer, "en");
  EXPECT_EQ(english.place.city, "Port Aurora");
  // Capitalised words not before a date are not a place.
  EXPECT_FALSE(ReadMeeting({"The Network met in Plenary and adopted its plan."}, gazetteer, "en").place.city);

  EXPECT_EQ(ReadHostCountry({"Los delegados revisaron el plan.",
                             "Agradecieron al Gobierno de Panamá por su hospitalidad y a Belice por su apoyo."},
                            gazetteer),
            "PA");
  EXPECT_EQ(ReadHostCountry({"They thanked the hospitality of the Government of Belize."}, gazetteer), "BZ");
  EXPECT_FALSE(ReadHostCountry({"They thanked Panama for its support."}, gazetteer));
}

// A body named by its words but by none of its names is the process body whose name the opening
// covers (made-up opening lines).
TEST(MeetingReaderTest, ABodyNamedOnlyByItsWordsIsTheBodyWhoseNameTheOpeningCovers) {
  const Gazetteer& gazetteer = testing::ReferenceGazetteer();
  MeetingFields fields = ReadMeeting({"Minutes, Fourth Session",
                                      "Liaison officers of the network, combating migrant smuggling and "
                                      "trafficking in persons: the plan for the year."},
                                     gazetteer, "en");
  EXPECT_EQ(fields.body_code, "SMUGGLING_TIP_NETWORK");
  EXPECT_NE(std::find(fields.warnings.begin(), fields.warnings.end(), "body_from_title_words"), fields.warnings.end());
  // A few of its words are not enough.
  EXPECT_FALSE(
      ReadMeeting({"Minutes", "The officers reviewed their plan on trafficking in persons."}, gazetteer, "en").body);
}

// A heading block: "Fecha: …", "Lugar: City, Country", "Países: A, B" (made-up block).
TEST(MeetingReaderTest, AHeadingBlockGivesDatePlaceAndParticipants) {
  MeetingFields fields = ReadMeeting(
      {"REUNIÓN DE MINISTROS", "Fecha: 3 y 4 de mayo de 2018", "Lugar: Lima, Perú", "Países: Colombia, Ecuador, Perú"},
      testing::ReferenceGazetteer(), "es");
  EXPECT_EQ(fields.place.city, "Lima");
  EXPECT_EQ(fields.place.country, "PE");
  ASSERT_TRUE(fields.date && fields.date_end);
  EXPECT_EQ(FormatIsoDate(*fields.date), "2018-05-03");
  EXPECT_EQ(FormatIsoDate(*fields.date_end), "2018-05-04");
  EXPECT_EQ(fields.participants, (std::vector<std::string>{"CO", "EC", "PE"}));
}

}  // namespace
}  // namespace enlace
