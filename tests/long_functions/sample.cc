// Probe of scripts/long_functions.py (ctest long_functions_probe): scanned with
// --limit 4, it must list the member function defined in the class body, the
// member function and the constructor defined outside it, the free function
// and the lambdas, and nothing of the braces that are not functions (a
// namespace, a class, a table, a brace in a string or comment). Not compiled.
namespace probe {

struct Counter {
  int inside_class(int x) const {
    int y = x;
    y += 1;
    y += 2;
    return y;
  }
  Counter();
  int outside_class(int x);
  int a_, b_;
};

Counter::Counter() : a_{1}, b_(2) {
  a_ += 1;
  b_ += 2;
  a_ += b_;
  b_ += a_;
}

int Counter::outside_class(int x) {
  const char* brace = "{";  // {
  /* { */
  x += 1;
  x += 2;
  return x;
}

int free_function(int x) {
  auto lambda_in_function = [&](int y) {
    y += x;
    y += 1;
    y += 2;
    return y;
  };
  return lambda_in_function(x);
}

const Row kTable[] = {
    {"row", [](int z) {
       z += 1;
       z += 2;
       z += 3;
       return z;
     }},
};

}  // namespace probe
