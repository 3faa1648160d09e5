// People the actor dictionaries find but cannot code, made codable for the
// event coder (added before it runs, like group_actors):
//  - a person named with a title of office and no country ("Rep. David
//    McKinley", "Gov. Kristi Noem") acts for the country the document is
//    about, with the title's role (USA + GOV);
//  - a person named inside a role phrase ("U.S. Defense Secretary Mark
//    Esper", coded as the government) is that person: the phrase becomes a
//    person mention and the surname alone later in the text ("Esper said")
//    refers to it with the same code.
#pragma once

#include "doc/document.h"

namespace dyad::events {

void code_people(Document& doc);

// A quotation whose speaker the quote finder named but could not code (a
// pronoun, "he added", or a surname, for a person coded only now from the
// role beside the name) takes the code of that person's latest coded mention
// before the quotation and its speaker end.
void code_quote_speakers(Document& doc);

}  // namespace dyad::events
