// Test helper: the language resources with the trained model switched on,
// whatever the default core is (shared by the syntax and clause tests).
#pragma once

#include "lang/resources.h"

namespace dyad::testing {

inline const lang::Resources& parsed_resources() {
  static const lang::Resources r = [] {
    lang::Resources x = lang::Resources::load();
    x.use_syntax = !x.syntax.empty();
    return x;
  }();
  return r;
}

}  // namespace dyad::testing
