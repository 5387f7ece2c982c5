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

// Issue 11: a title block's line that is only a place names a city no list knows before its
// region and country (made-up blocks).
TEST(MeetingReaderTest, APlaceLineOfATitleBlockGivesAnUnlistedCity) {
  const Gazetteer& gazetteer = testing::ReferenceGazetteer();
  MeetingFields island = ReadMeeting({"CUMBRE DE LA RED\nPuerto Quieto, Islas del Viento, República de Honduras\n"
                                      "12 de mayo de 2015\nDECLARACIÓN DEL VIENTO"},
                                     gazetteer, "es");
  EXPECT_EQ(island.place.city, "Puerto Quieto");
  EXPECT_EQ(island.place.country, "HN");
  MeetingFields cay = ReadMeeting(
      {"REUNIÓN DE MINISTROS", "Fecha: 3 de mayo de 2018", "Lugar: Punta Mora (Cayo Largo, Belice), Belice"}, gazetteer,
      "es");
  EXPECT_EQ(cay.place.city, "Punta Mora");
  EXPECT_EQ(cay.place.country, "BZ");
  // The same block run into one line by a conversion: the place stands between the heading's
  // capitals and the date.
  MeetingFields run_in = ReadMeeting({"CUMBRE DE LA LIGA (LL) Puerto Quieto, Islas del Viento, República de Honduras "
                                      "12 de mayo de 2015 DECLARACIÓN DEL VIENTO"},
                                     gazetteer, "es");
  EXPECT_EQ(run_in.place.city, "Puerto Quieto");
  EXPECT_EQ(run_in.place.country, "HN");
  // A list of countries is not a place, nor a line that goes on after its country.
  EXPECT_FALSE(ReadMeeting({"REUNIÓN DE MINISTROS", "Belice, Honduras y Panamá"}, gazetteer, "es").place.city);
  EXPECT_FALSE(
      ReadMeeting({"REUNIÓN DE MINISTROS", "Puerto Quieto, Honduras, acoge la reunión"}, gazetteer, "es").place.city);
}

// Issue 11: "X hosted the Meeting of Y" names the meeting as its object, not its host; a subject
// the reference data does not know is the body whose full name the sentence covers (made-up bodies).
TEST(MeetingReaderTest, TheHostIsNotTheBodyAndAnUnknownSubjectIsReadByTheWordsOfANameItCovers) {
  Gazetteer gazetteer = testing::ReferenceGazetteer();
  gazetteer.AddEntity(
      {"HARBOUR_SOM", EntityKind::kOrganization, "process", "Senior Officials' Meeting of the Harbour Process", ""});
  gazetteer.AddName("HARBOUR_SOM", "Senior Officials' Meeting of the Harbour Process", NameForm::kName);
  gazetteer.AddEntity(
      {"HARBOUR_CONF", EntityKind::kOrganization, "process", "Harbour Conference on Harbours, Tides and Boats", ""});
  gazetteer.AddName("HARBOUR_CONF", "Harbour Conference on Harbours, Tides and Boats", NameForm::kName);
  MeetingFields hosted = ReadMeeting({"On 3 May 2019, the Co-Chairs of the Harbour Process hosted the Fifth Meeting "
                                      "of the Harbour Senior Officials in Lima, Peru."},
                                     gazetteer, "en");
  EXPECT_EQ(hosted.body_code, "HARBOUR_SOM");
  MeetingFields cut = ReadMeeting(
      {"The Third Conference on Harbours, Tides and Boats took place in Lima on 3 May 2019."}, gazetteer, "en");
  EXPECT_EQ(cut.body_code, "HARBOUR_CONF");
  EXPECT_NE(std::find(cut.warnings.begin(), cut.warnings.end(), "body_from_title_words"), cut.warnings.end());
}

// Issue 11: a country named by its people's adjective beside an office takes part when the
// sentence says so (made-up sentences); a demonym alone does not.
TEST(MeetingReaderTest, ACountryNamedByItsPeoplesAdjectiveBesideAnOfficeTakesPart) {
  const Gazetteer& gazetteer = testing::ReferenceGazetteer();
  MeetingFields fields = ReadMeeting({"The Network met in Lima, Peru, on 4 March 2015.",
                                      "The Mexican Foreign Minister and the Canadian Minister of Lakes co-hosted the "
                                      "meeting."},
                                     gazetteer, "en");
  EXPECT_EQ(fields.participants, (std::vector<std::string>{"MX", "CA"}));
  EXPECT_TRUE(
      ReadMeeting({"The Network met in Lima, Peru, on 4 March 2015.", "Mexican food was served to all who attended."},
                  gazetteer, "en")
          .participants.empty());
}

}  // namespace
}  // namespace enlace
