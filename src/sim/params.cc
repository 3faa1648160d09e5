// Names of the nine SMP parameters and their values, as KTAB spells them.
#include "sim/params.h"

#include <array>
#include <utility>

namespace dyad::sim {
namespace {

template <typename E, size_t N>
std::optional<E> lookup(const std::array<std::pair<std::string_view, E>, N>& table,
                        std::string_view v) {
  for (const auto& [name, e] : table)
    if (name == v) return e;
  return std::nullopt;
}

template <typename E, size_t N>
std::string_view name_of(const std::array<std::pair<std::string_view, E>, N>& table, E e) {
  for (const auto& [name, x] : table)
    if (x == e) return name;
  return "?";
}

constexpr std::array<std::pair<std::string_view, VictoryProb>, 5> kVictory{{
    {"Linear", VictoryProb::Linear}, {"Square", VictoryProb::Square},
    {"Quartic", VictoryProb::Quartic}, {"Octic", VictoryProb::Octic},
    {"Binary", VictoryProb::Binary}}};
constexpr std::array<std::pair<std::string_view, VotingRule>, 7> kVoting{{
    {"Prop", VotingRule::Prop}, {"Binary", VotingRule::Binary},
    {"PropBin", VotingRule::PropBin}, {"Proportional", VotingRule::Prop},
    {"PropCbc", VotingRule::PropCbc}, {"Cubic", VotingRule::Cubic},
    {"ASymProsp", VotingRule::ASymProsp}}};
constexpr std::array<std::pair<std::string_view, PceModel>, 3> kPce{{
    {"Conditional", PceModel::Conditional}, {"MarkovIncentive", PceModel::MarkovIncentive},
    {"MarkovUniform", PceModel::MarkovUniform}}};
constexpr std::array<std::pair<std::string_view, Transitions>, 2> kTransitions{{
    {"Deterministic", Transitions::Deterministic}, {"Stochastic", Transitions::Stochastic}}};
constexpr std::array<std::pair<std::string_view, BigRRange>, 3> kRange{{
    {"Min", BigRRange::Min}, {"Mid", BigRRange::Mid}, {"Max", BigRRange::Max}}};
constexpr std::array<std::pair<std::string_view, BigRAdjust>, 6> kAdjust{{
    {"None", BigRAdjust::None}, {"No", BigRAdjust::None}, {"OneThird", BigRAdjust::OneThird},
    {"Half", BigRAdjust::Half}, {"TwoThirds", BigRAdjust::TwoThirds},
    {"Full", BigRAdjust::Full}}};
constexpr std::array<std::pair<std::string_view, ThirdParty>, 3> kThird{{
    {"NoCommit", ThirdParty::NoCommit}, {"SemiCommit", ThirdParty::SemiCommit},
    {"FullCommit", ThirdParty::FullCommit}}};
constexpr std::array<std::pair<std::string_view, VecBargain>, 3> kVec{{
    {"S1P1", VecBargain::S1P1}, {"S2P2", VecBargain::S2P2}, {"S2PMax", VecBargain::S2PMax}}};
constexpr std::array<std::pair<std::string_view, BargainModel>, 3> kBargain{{
    {"InitOnlyInterp", BargainModel::InitOnlyInterp},
    {"InitRcvrInterp", BargainModel::InitRcvrInterp},
    {"PWCompInterp", BargainModel::PWCompInterp}}};

template <typename E, size_t N>
std::optional<std::string> assign(E& out, const std::array<std::pair<std::string_view, E>, N>& t,
                                  std::string_view name, std::string_view value) {
  auto e = lookup(t, value);
  if (!e) {
    std::string msg = "unknown value '" + std::string(value) + "' for " + std::string(name) +
                      " (expected one of:";
    for (const auto& [n, x] : t) msg += " " + std::string(n);
    return msg + ")";
  }
  out = *e;
  return std::nullopt;
}

}  // namespace

std::optional<std::string> set_parameter(Settings& s, std::string_view name,
                                         std::string_view value) {
  if (name == "VictoryProbModel") return assign(s.victory, kVictory, name, value);
  if (name == "VotingRule") return assign(s.voting, kVoting, name, value);
  if (name == "PCEModel") return assign(s.pce, kPce, name, value);
  if (name == "StateTransitions") return assign(s.transitions, kTransitions, name, value);
  if (name == "BigRRange") return assign(s.big_r_range, kRange, name, value);
  if (name == "BigRAdjust") return assign(s.big_r_adjust, kAdjust, name, value);
  if (name == "ThirdPartyCommit") return assign(s.third_party, kThird, name, value);
  if (name == "InterVecBrgn") return assign(s.vec_bargain, kVec, name, value);
  if (name == "BargnModel") {
    auto err = assign(s.bargain, kBargain, name, value);
    if (!err && s.bargain != BargainModel::InitOnlyInterp)
      return "BargnModel " + std::string(value) + " is not implemented (only InitOnlyInterp)";
    return err;
  }
  return "unknown model parameter '" + std::string(name) + "'";
}

std::string describe(const Settings& s) {
  std::string out;
  auto line = [&](std::string_view n, std::string_view v) {
    out += std::string(n) + ": " + std::string(v) + "\n";
  };
  line("VictoryProbModel", name_of(kVictory, s.victory));
  line("VotingRule", name_of(kVoting, s.voting));
  line("PCEModel", name_of(kPce, s.pce));
  line("StateTransitions", name_of(kTransitions, s.transitions));
  line("BigRRange", name_of(kRange, s.big_r_range));
  line("BigRAdjust", name_of(kAdjust, s.big_r_adjust));
  line("ThirdPartyCommit", name_of(kThird, s.third_party));
  line("InterVecBrgn", name_of(kVec, s.vec_bargain));
  line("BargnModel", name_of(kBargain, s.bargain));
  return out;
}

}  // namespace dyad::sim
