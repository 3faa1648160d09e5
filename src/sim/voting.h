// Votes, coalitions, victory probabilities and the probabilistic Condorcet
// election (PCE) over a set of options, as KTAB's Model computes them.
#pragma once

#include <vector>

#include "sim/matrix.h"
#include "sim/params.h"

namespace dyad::sim {

// One actor's vote for option a over b, with weight w and utilities ua, ub.
double vote(VotingRule rule, double w, double ua, double ub);
// C[a][b]: the strength of the coalition preferring a to b.
// `u` is actors x options; `w` one weight per actor.
Matrix coalitions(const std::vector<double>& w, const Matrix& u, VotingRule rule);
// P[a][b]: probability that a beats b given the coalitions.
Matrix victory_probabilities(const Matrix& c, VictoryProb model);
// Probability of each option winning the election (sums to 1).
std::vector<double> condorcet_election(const Matrix& c, const Matrix& p, PceModel model);
// The whole chain: weights and utilities in, option probabilities out.
std::vector<double> scalar_pce(const std::vector<double>& w, const Matrix& u, VotingRule rule,
                               VictoryProb vpm, PceModel pcem);

}  // namespace dyad::sim
