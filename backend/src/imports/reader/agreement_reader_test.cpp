#include "imports/reader/agreement_reader.hpp"

#include <gtest/gtest.h>

#include "imports/reader/verb_lexicon.hpp"
#include "imports/testing/reader_fixtures.hpp"
#include "kernel/domain/text_fold.hpp"

namespace enlace {
namespace {

class AgreementReaderTest : public ::testing::Test {
 protected:
  AgreementReading Read(std::string_view text, bool heading = false, std::string language = "en") {
    AgreementContext context;
    context.gazetteer = &testing::ReferenceGazetteer();
    context.own_body = "SMUGGLING_TIP_NETWORK";
    context.language = language;
    context.deadlines = DeadlineContext{*ParseIsoDate("2016-11-15"), *ParseIsoDate("2016-11-15"), language,
                                        &testing::ReferenceGazetteer(), "SMUGGLING_TIP_NETWORK"};
    return ReadAgreement(text, heading, context);
  }
  using Parties = std::vector<std::string>;
};

TEST_F(AgreementReaderTest, TheVerbIsTheFirstOperativeOneInEitherLanguage) {
  EXPECT_EQ(Read("Thank IOM for its presentation.").verb, "thank");
  EXPECT_EQ(Read("In regards to SICA, RCM Member Countries agreed that countries will request support.").verb, "agree");
  EXPECT_EQ(Read("Encomendar a la ST la elaboración de un informe.", false, "es").verb, "entrust");
  EXPECT_EQ(Read("Tomar nota del informe de la OIM.", false, "es").verb, "take note");
  EXPECT_EQ(Read("En relación con la Red, se acordó continuar.", false, "es").verb, "agree");
  EXPECT_EQ(Read("The TS will circulate the report.").verb, "circulate");
  EXPECT_FALSE(Read("Regarding the update of the matrices, and the Protocol to prevent smuggling:", true).verb);
}

// Issue 11: a phrasal verb is read as the phrase in any of its forms, not as its first word.
TEST_F(AgreementReaderTest, APhrasalVerbIsReadAsThePhraseInEveryForm) {
  EXPECT_EQ(Read("Call on IOM to widen its survey of shelters.").verb, "call on");
  EXPECT_EQ(Read("called on IOM to widen its survey of shelters.").verb, "call on");
  auto lemma = [](std::string_view text) {
    std::string folded = Fold(text);
    std::vector<Token> tokens = Tokenize(folded);
    auto match = VerbAt(tokens, 0);
    return match ? std::string(match->lemma) + "/" + std::to_string(match->length) : std::string("none");
  };
  EXPECT_EQ(lemma("calls upon donors"), "call upon/2");
  EXPECT_EQ(lemma("carried out the survey"), "carry out/2");
  EXPECT_EQ(lemma("followed up the survey"), "follow up/2");
  // Its first word alone is still that verb.
  EXPECT_EQ(lemma("called the survey a success"), "call/1");
}

// Issue 11: "recall" is a verb of its own; a later verb of the clause it governs is not the item's.
TEST_F(AgreementReaderTest, RecallIsTheVerbOfWhatItRecalls) {
  EXPECT_EQ(Read("Delegations recalled that the survey of shelters was convened by the TS in May.").verb, "recall");
}

TEST_F(AgreementReaderTest, AShouldSentenceIsARecommendationWhateverItsVerb) {
  EXPECT_EQ(Read("With regard to data, member countries should strengthen their shared registers.").verb, "recommend");
  EXPECT_EQ(Read("Los países miembros deberían fortalecer sus registros.", false, "es").verb, "recommend");
  EXPECT_EQ(Read("The delegations noted the data.").verb, "note");
}

TEST_F(AgreementReaderTest, TheSidesOfADisputeOrADialogueAreItsSubjectNotParties) {
  EXPECT_EQ(Read("Urge IOM to support the dialogue between Belize and Guatemala on migration.").parties,
            Parties{"IOM"});
  EXPECT_EQ(Read("Exhortar al ACNUR a apoyar la solución del diferendo entre Belice y Guatemala.", false, "es").parties,
            Parties{"UNHCR"});
  EXPECT_EQ(Read("Share the data between Belize and Guatemala.").parties, (Parties{"BZ", "GT"}));
}

TEST_F(AgreementReaderTest, ANameListedWithThingsIsOneOfThoseThings) {
  EXPECT_EQ(Read("Member countries should make better use of IOM and other guides.").parties,
            Parties{"MEMBER_COUNTRIES"});
  EXPECT_EQ(Read("Consult IOM and other organizations on the guides.").parties, Parties{"IOM"});
}

TEST_F(AgreementReaderTest, PlacesEventsInstrumentsAndTheIssuingBodyAreNotParties) {
  EXPECT_EQ(Read("Analyze the report held in Tegucigalpa, Honduras, available at the RCM Virtual Secretariat, "
                 "and submit it to the delegations through the TS.")
                .parties,
            (Parties{"MEMBER_COUNTRIES", "TS"}));
  EXPECT_EQ(Read("Review the Glossary of the RCM during the next meeting of the RCGM.").parties, Parties{});
  EXPECT_EQ(Read("Update the format of the Liaison Officer Network to Combat Migrant Smuggling and Trafficking in "
                 "Persons with the RNCOM.")
                .parties,
            Parties{"RNCOM"});
  EXPECT_EQ(Read("Thank the “Meeting of the RCM and IOM” organizers.").parties, Parties{});
}

TEST_F(AgreementReaderTest, TheDelegationsNamedByCountryAreTheCountries) {
  EXPECT_EQ(Read("Thank the delegations from Canada, the Dominican Republic and Nicaragua.").parties,
            (Parties{"CA", "DO", "NI"}));
  EXPECT_EQ(Read("Thank the Mexican delegation and Panama, in its capacity as PPT.").parties, (Parties{"MX", "PA"}));
  EXPECT_EQ(Read("Mexican legislation was reviewed.").parties, Parties{});
}

TEST_F(AgreementReaderTest, AnUnknownOrganisationKeepsItsNameAndWarns) {
  AgreementReading reading = Read("Thank the Organization of American States (OAS) for its support.");
  EXPECT_EQ(reading.parties, Parties{"OAS"});
  ASSERT_EQ(reading.warnings.size(), 1u);
  EXPECT_EQ(reading.warnings[0], "unknown_organization: OAS");
}

TEST_F(AgreementReaderTest, CommitmentsNameWhoWillDoWhatAndByWhen) {
  AgreementReading reading = Read(
      "Review the Glossary of the RCM. Member Countries will submit to the TS their comments to the document in a "
      "two-month period. These modifications will be reviewed and discussed during the next meeting of the RCM.");
  ASSERT_EQ(reading.commitments.size(), 2u);
  EXPECT_EQ(reading.commitments[0].party, "MEMBER_COUNTRIES");
  EXPECT_EQ(reading.commitments[0].deadline, "in a two-month period");
  EXPECT_EQ(reading.commitments[1].party, "MEMBER_COUNTRIES");
  EXPECT_EQ(reading.commitments[1].deadline, "during the next meeting of the RCM");
}

TEST_F(AgreementReaderTest, RequestsAndPassivesWithAnAgentAreCommitmentsButExhortationsAreNot) {
  AgreementReading request =
      Read("Request that the RNCOM presents a written proposal, so it can be assessed by Member Countries.");
  ASSERT_EQ(request.commitments.size(), 2u);
  EXPECT_EQ(request.commitments[0].party, "RNCOM");
  EXPECT_EQ(request.commitments[1].party, "MEMBER_COUNTRIES");
  EXPECT_TRUE(Read("Urge Member Countries to use the indicators within 90 days.").commitments.empty());
  AgreementReading spanish =
      Read("Solicitar a la OIM y al ACNUR que presenten un análisis a más tardar el 30 de junio de 2017.", false, "es");
  ASSERT_EQ(spanish.commitments.size(), 2u);
  EXPECT_EQ(spanish.commitments[1].party, "UNHCR");
  EXPECT_EQ(spanish.commitments[1].deadline, "a más tardar el 30 de junio de 2017");
}

// Issue 10, item 9: an action reads as a person writes it in a list of commitments, not as the
// clause it was cut from ("comparta con …").
TEST_F(AgreementReaderTest, ActionsAreWrittenAsAPersonWouldWriteThem) {
  AgreementReading spanish =
      Read("Solicitar a la ST que comparta con los países miembros el informe final.", false, "es");
  ASSERT_EQ(spanish.commitments.size(), 1u);
  EXPECT_EQ(spanish.commitments[0].action, "Compartir con los países miembros el informe final");
  AgreementReading future = Read("La OIM presentará un estudio sobre tráfico ilícito.", false, "es");
  ASSERT_EQ(future.commitments.size(), 1u);
  EXPECT_EQ(future.commitments[0].action.substr(0, 10), "Presentar ");
  AgreementReading english = Read("The TS will circulate the report.");
  ASSERT_EQ(english.commitments.size(), 1u);
  EXPECT_EQ(english.commitments[0].action, "Circulate the report");
}

TEST_F(AgreementReaderTest, CoordinatedSubjectsEachCommit) {
  AgreementReading reading = Read("IOM and UNHCR will present a joint study before the end of 2017.");
  ASSERT_EQ(reading.commitments.size(), 2u);
  EXPECT_EQ(reading.commitments[0].party, "IOM");
  EXPECT_EQ(reading.commitments[1].party, "UNHCR");
  EXPECT_EQ(reading.commitments[1].deadline, "before the end of 2017");
}

TEST_F(AgreementReaderTest, RecommendationsPronounSubjectsAndTreatyPartiesAreReadAsSuch) {
  EXPECT_EQ(Read("States should review their laws.").verb, "recommend");
  EXPECT_EQ(Read("We recognize the work done.").verb, "recognize");
  EXPECT_EQ(Read("Promote the ratification of the Treaty between Mexico and Canada.").parties, Parties{});
  EXPECT_EQ(Read("Promover el desarrollo del SIRAM.", false, "es").parties, Parties{});
  EXPECT_EQ(Read("Profundizar la cooperación.", false, "es").verb, "deepen");
}

// Issue 11, item 2 (deadlines): the whole phrase is read, its limit word with its span, and a
// meeting named by who meets with those words (made-up sentences).
TEST_F(AgreementReaderTest, AWholeDeadlinePhraseIsReadWithItsLimitAndItsMeeting) {
  auto span = Read("Solicitar a la ST que circule el informe a más tardar en tres meses.", false, "es");
  ASSERT_EQ(span.deadlines.size(), 1u);
  EXPECT_EQ(span.deadlines[0].text, "a más tardar en tres meses");
  EXPECT_EQ(span.deadlines[0].due, ParseIsoDate("2017-02-15"));
  auto meeting = Read("Pedir a la OIM que presente su estudio en la próxima Reunión de Ministros.", false, "es");
  ASSERT_EQ(meeting.deadlines.size(), 1u);
  EXPECT_EQ(meeting.deadlines[0].text, "en la próxima Reunión de Ministros");
  EXPECT_EQ(meeting.deadlines[0].kind, DeadlineKind::kEvent);
  auto english = Read("Ask IOM to present its study before the next Meeting of Heads of State.");
  ASSERT_EQ(english.deadlines.size(), 1u);
  EXPECT_EQ(english.deadlines[0].text, "before the next Meeting of Heads of State");
}

// Issue 11, item 3: a project's or an information system's name or acronym is not a party
// (made-up sentences).
TEST_F(AgreementReaderTest, ProjectsAndInformationSystemsAreNotParties) {
  EXPECT_EQ(Read("Thank IOM for the progress report of the KOLIBRI project.").parties, Parties{"IOM"});
  EXPECT_EQ(Read("Welcome the Regional Platform on Border Data (RPBD) presented by IOM.").parties, Parties{"IOM"});
  EXPECT_EQ(
      Read("Acoger el informe del proyecto \"Red de Datos Fronterizos\" (REDAF) presentado por la OIM.", false, "es")
          .parties,
      Parties{"IOM"});
  EXPECT_EQ(Read("Welcome the Information System on Border Flows (ISBF).").parties, Parties{});
}

// Issue 11, item 3: whose judgement an action follows ("according to each country") is context
// (made-up sentences).
TEST_F(AgreementReaderTest, WhoseJudgementAnActionFollowsIsNotAParty) {
  EXPECT_EQ(Read("Continue to cooperate according to each country's own priorities, with the support of IOM.").parties,
            Parties{"IOM"});
  EXPECT_EQ(Read("Solicitar a la OIM que apoye a los países, de acuerdo con la ST.", false, "es").parties,
            (Parties{"IOM", "MEMBER_COUNTRIES"}));
}

// Issue 11, item 3: the meeting's members acting together are who met; the members a
// recommendation addresses are a party (made-up sentences; "members" is an alias of the group in
// this test's gazetteer, as in the reference data of processes that call their states so).
TEST_F(AgreementReaderTest, MembersActingTogetherAreNotAddressedButMembersRecommendedToAreParties) {
  Gazetteer gazetteer = testing::ReferenceGazetteer();
  gazetteer.AddName("MEMBER_COUNTRIES", "members", NameForm::kName);
  AgreementContext context;
  context.gazetteer = &gazetteer;
  context.language = "en";
  context.deadlines = DeadlineContext{*ParseIsoDate("2016-11-15"), *ParseIsoDate("2016-11-15"), "en", &gazetteer, ""};
  EXPECT_EQ(ReadAgreement("Welcoming the study, members adopted a joint plan.", false, context).parties, Parties{});
  EXPECT_EQ(ReadAgreement("Ministers recommended that members share their data with IOM.", false, context).parties,
            (Parties{"MEMBER_COUNTRIES", "IOM"}));
  // An adverb between them changes nothing.
  EXPECT_EQ(ReadAgreement("Members also adopted a joint plan with IOM.", false, context).parties, Parties{"IOM"});
}

// Issue 11: whose a thing is ("the rivers of the Member Countries", "el futuro del Comité Z") is
// context; whose work or commitment it is, or the governments of the members, act (made-up items).
TEST_F(AgreementReaderTest, WhoseAThingIsIsContextButWhoseWorkItIsActs) {
  EXPECT_EQ(Read("Pedir a la OIM un mapa de los ríos de los Países Miembros.", false, "es").parties, Parties{"IOM"});
  EXPECT_EQ(
      Read("Pedir a la OIM un estudio sobre los archivos de los Jefes de Estado de los Países Miembros.", false, "es")
          .parties,
      Parties{"IOM"});
  EXPECT_EQ(Read("Encargar a la OIM un estudio sobre el futuro del Comité de Faros.", false, "es").parties,
            Parties{"IOM"});
  EXPECT_EQ(Read("Reiterar el compromiso de los Países Miembros de mapear sus ríos.", false, "es").parties,
            Parties{"MEMBER_COUNTRIES"});
  EXPECT_EQ(Read("Instar a los Gobiernos de los Países Miembros a mapear sus ríos.", false, "es").parties,
            Parties{"MEMBER_COUNTRIES"});
  auto work = Read("Reconocer el trabajo del Comité de Faros.", false, "es");
  EXPECT_EQ(work.parties, Parties{"Comité de Faros"});
}

// Issue 11: a city the conversion ran into its country, without the comma, is still a place
// (made-up items); a country after a preposition and a known name is not.
TEST_F(AgreementReaderTest, ACityRunIntoItsCountryIsAPlace) {
  EXPECT_EQ(Read("Thank IOM for the survey held in Puerto Quieto Honduras last May.").parties, Parties{"IOM"});
  EXPECT_EQ(Read("Thank IOM for its support in Belize.").parties, Parties{"IOM"});
  EXPECT_EQ(Read("Ask IOM and Belize to map the rivers.").parties, (Parties{"IOM", "BZ"}));
}

// Issue 11: who leads a body, in a parenthesis that describes it, is not addressed (made-up item).
TEST_F(AgreementReaderTest, WhoLeadsABodyInAParenthesisIsContext) {
  EXPECT_EQ(Read("Commend IOM (co-chaired by Belize and Panama) for its survey.").parties, Parties{"IOM"});
  EXPECT_EQ(Read("Thank UNHCR (supported by Mexico) and Belize for the survey.").parties, (Parties{"UNHCR", "BZ"}));
  // A parenthesis that names a country for itself is not such a description.
  EXPECT_EQ(Read("Thank the host (Belize) for the survey.").parties, Parties{"BZ"});
}

}  // namespace
}  // namespace enlace
