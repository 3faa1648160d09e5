// The actor stage's names for the actor and quote layers of a Document. The
// plain types live in doc/mentions.h, below every stage, so that the Document
// holds types of its own layer; these aliases keep `actors::ActorMention`.
#pragma once

#include "doc/mentions.h"

namespace dyad::actors {

using dyad::ActorMention;
using dyad::Quote;
using dyad::QuoteType;
using dyad::quote_type_name;

}  // namespace dyad::actors
