#include "imports/reader/meeting_reader.hpp"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace enlace
