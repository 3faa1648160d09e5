// Model settings of the Spatial Model of Politics (the nine KTAB parameters):
// typed enums, their defaults for CSV scenarios, and their names as KTAB
// writes them in scenarios and logs.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dyad::sim {

enum class VictoryProb { Linear, Square, Quartic, Octic, Binary };
enum class VotingRule { Binary, PropBin, Prop, PropCbc, Cubic, ASymProsp };
enum class PceModel { Conditional, MarkovIncentive, MarkovUniform };
enum class Transitions { Deterministic, Stochastic };
enum class BigRRange { Min, Mid, Max };
enum class BigRAdjust { None, OneThird, Half, TwoThirds, Full };
enum class ThirdParty { NoCommit, SemiCommit, FullCommit };
enum class VecBargain { S1P1, S2P2, S2PMax };
enum class BargainModel { InitOnlyInterp, InitRcvrInterp, PWCompInterp };

// KTAB's model defaults (what a CSV scenario runs with).
struct Settings {
  VictoryProb victory = VictoryProb::Linear;
  VotingRule voting = VotingRule::Prop;
  PceModel pce = PceModel::Conditional;
  Transitions transitions = Transitions::Deterministic;
  BigRRange big_r_range = BigRRange::Mid;
  BigRAdjust big_r_adjust = BigRAdjust::OneThird;
  ThirdParty third_party = ThirdParty::SemiCommit;
  VecBargain vec_bargain = VecBargain::S2P2;
  BargainModel bargain = BargainModel::InitOnlyInterp;
};

// The seed KTAB uses when neither the command line nor the scenario gives one.
inline constexpr unsigned long long kDefaultSeed = 0xD67CC16FE69C185CULL;

// Sets the parameter `name` (e.g. "VotingRule") from its value ("PropCbc").
// Returns an error message, or nullopt when both are known.
std::optional<std::string> set_parameter(Settings& s, std::string_view name,
                                         std::string_view value);
// "Name: Value" lines in KTAB's order, for text output.
std::string describe(const Settings& s);

}  // namespace dyad::sim
