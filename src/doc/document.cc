// Names of the Document's enumerations, for output and the store.
#include "doc/document.h"

namespace dyad {

const char* para_kind_name(ParaKind k) {
  switch (k) {
    case ParaKind::Body: return "body";
    case ParaKind::Title: return "title";
    case ParaKind::Subtitle: return "subtitle";
    case ParaKind::Summary: return "summary";
    case ParaKind::Byline: return "byline";
    case ParaKind::Date: return "date";
    case ParaKind::Caption: return "caption";
    case ParaKind::Credit: return "credit";
    case ParaKind::Promo: return "promo";
    case ParaKind::Related: return "related";
    case ParaKind::Url: return "url";
    case ParaKind::Trailer: return "trailer";
    case ParaKind::Chrome: return "chrome";
    case ParaKind::Repeated: return "repeated";
  }
  return "body";
}

bool para_kind_kept(ParaKind k) {
  return k == ParaKind::Body || k == ParaKind::Summary;
}

}  // namespace dyad
