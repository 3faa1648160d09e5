// People and speakers as event actors (issue 12), in texts we wrote, one row
// per construction: a titled person of no stated country acts for the
// country the text is about; a name closing a role phrase ("the British
// Foreign Secretary Alan Marsh") is a person whose surname alone later
// refers to it; "we" inside a quotation is its speaker; an actor before a
// quotation's close is no subject of a verb after it; an actor cooperating
// with its own country (the bare country) is no event; "given", "considering"
// with no auxiliary are prepositions, not predicates; a name right after a
// coded title phrase ("the Ugandan chief negotiator Alan Marsh") is the
// person that phrase describes, with its code, and after a post held towards
// a place ("Uganda's envoy to Tanzania Alan Marsh") the holder's code, not the
// place's; a person known only by name
// acts for the country the text is about, but only on someone.
#include <gtest/gtest.h>

#include <cstdlib>

#include <string>
#include <vector>

#include "fixtures.h"

namespace {

using dyad::Document;
using dyad::testing::find_event;

struct Row {
  const char* construction;
  const char* text;
  const char* source;  // expected source code
  const char* target;  // expected target code ("" = none)
  const char* root;    // CAMEO root (two digits)
  bool present;        // true: the event must be there; false: it must not
};

std::string dump(const Document& d) {
  std::string s;
  for (const auto& e : d.events)
    s += e.source + "->" + (e.target.empty() ? "-" : e.target) + " " + e.code + " " + dyad::to_string(e.modality) + "; ";
  return s;
}

TEST(CoderPeople, EachConstruction) {
  const std::vector<Row> rows = {
      {"a titled person of no stated country acts for the text's country",
       "Kenya held elections on Monday. Kenya counted the votes in Nairobi. Sen. Alan Marsh criticized "
       "Uganda on Tuesday.\n",
       "KENLEG", "UGA", "11", true},  // a senator: the legislature (Phoenix SENATOR)
      {"the surname alone refers to the person named in a role phrase",
       "British Foreign Secretary Alan Marsh arrived in Nairobi on Monday. Marsh criticized Uganda on "
       "Tuesday.\n",
       "GBRGOV", "UGA", "11", true},
      {"\"we\" inside a quotation is its speaker",
       "\u201cWe strongly condemn the attacks by Uganda,\u201d British Foreign Secretary Alan Marsh said on "
       "Monday.\n",
       "GBRGOV", "UGA", "11", true},
      {"\"we\" takes the speaker of its own quotation among several (found by position, not by a scan of all)",
       "\u201cThe talks matter,\u201d Kenyan officials said on Monday. \u201cThe aid will come,\u201d a "
       "spokesman said. \u201cWe strongly condemn the attacks by Uganda,\u201d British Foreign Secretary "
       "Alan Marsh said on Tuesday. \u201cWe hope for calm,\u201d he added.\n",
       "GBRGOV", "UGA", "11", true},
      {"an actor inside a closed quotation is no subject of the verb after it",
       "Alan Marsh spoke on Monday. \u201cEvery day we talk about Uganda is a day lost,\u201d he warned.\n",
       "UGA", "", "13", false},
      {"a government meeting officials of its own country is no event",
       "The Kenyan government met with officials in Kenya on Monday.\n", "KENGOV", "KEN", "04", false},
      {"a participle serving as a preposition is no predicate",
       "The Kenyan president stayed calm, given the pressure from Uganda.\n", "KENGOV", "UGA", "07", false},
      {"a name right after a coded title phrase acts with the title's code",
       "Kenya held elections on Monday. Kenya counted the votes in Nairobi. Ugandan chief negotiator Alan "
       "Marsh criticized Kenya on Tuesday.\n",
       "UGAGOV", "KEN", "11", true},
      {"a name after a post held towards a place acts for the post's holder, not the place",
       "Kenya held elections on Monday. Kenya counted the votes in Nairobi. Uganda's envoy to Tanzania Alan "
       "Marsh, speaking in Kampala, criticized Kenya on Tuesday.\n",
       "UGAGOV", "KEN", "11", true},
      {"a person known only by name (and named twice) acts for the text's country",
       "Kenya held elections on Monday. Kenya counted the votes in Nairobi. Alan Marsh criticized Uganda on "
       "Tuesday. Alan Marsh also apologized.\n",
       "KEN", "UGA", "11", true},
      {"a person known only by name acting on no one is no event",
       "Kenya held elections on Monday. Kenya counted the votes in Nairobi. Alan Marsh criticized Uganda on "
       "Tuesday. Alan Marsh also apologized.\n",
       "KEN", "", "05", false},
      {"the same participle after an auxiliary is the verb",
       "Kenya was given aid by Uganda on Monday.\n", "UGA", "KEN", "07", true},
      {"a titled person of no stated country, in a text naming several countries once each, acts for the "
       "dateline's country",
       "NAIROBI (Wire) - Sen. Alan Marsh criticized Uganda on Tuesday. Ethiopia and Kenya stayed silent.\n",
       "KENLEG", "UGA", "11", true},
  };
  for (const auto& r : rows) {
    Document d = dyad::testing::process_text(r.text, "people.txt", "2019-11-20");
    const auto* e = find_event(d, r.source, r.target, r.root);
    if (r.present) EXPECT_NE(e, nullptr) << r.construction << ": " << dump(d);
    else EXPECT_EQ(e, nullptr) << r.construction << ": " << dump(d);
  }
}

}  // namespace
