// Pleas: an admission (CAMEO 015) or denial (016) of a charge made by a verb
// of pleading (data/events/court_verbs.txt) is addressed to the court that
// hears the case, the target of the event.
#pragma once

#include "doc/document.h"

namespace dyad::events {

// Sets the target of every plea in `doc.events` to the court: a judiciary
// mention of its sentence, else the judiciary (JUD) of the place named after
// the verb, else of the source's own country.
void direct_pleas_to_court(Document& doc);

}  // namespace dyad::events
