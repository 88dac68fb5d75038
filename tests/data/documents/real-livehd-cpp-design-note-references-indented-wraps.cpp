//  This file is distributed under the BSD 3-Clause License. See LICENSE for details.

// ── Design note: dead-code elimination & (future) demand-driven emit ─────────
//
// The post-walk DCE below (dead_code_eliminate_staging) is textbook aggressive
// dead-code elimination on SSA: mark live from a fixed set of roots, sweep the
// rest. Roots are the nodes that cannot be dropped or reordered away — function
// IO (declared at the function boundary, not via variable writes), side-effecting
// statements (cassert always; cputs/func_call unless their dst const-folds), and
// state elements (attr_set type='reg'|'mut'). Everything else — every pure value
// def, named or temporary — is dead unless transitively demanded by a root.
//
// References:
//   Click & Paleczny, "A Simple Graph-Based Intermediate Representation"
//     (sea of nodes), ACM SIGPLAN Workshop on IR (IR'95).
//   Click, "Global Code Motion / Global Value Numbering", PLDI'95 (schedule
//     floating nodes at the dominator LCA of uses, then sink out of loops).
//   Knoop, Rüthing & Steffen, "Partial Dead Code Elimination", PLDI'94 (sink
//     assignments toward uses; eliminate on paths that never use them).
//   Knoop, Rüthing & Steffen, "Lazy Code Motion", PLDI'92 (as-late-as-possible
//     placement machinery).
//   Cytron, Ferrante, Rosen, Wegman & Zadeck, "Efficiently Computing SSA Form
//     and the Control Dependence Graph", ACM TOPLAS 1991 (SSA + basis for SSA DCE).
//   Wegman & Zadeck, "Constant Propagation with Conditional Branches" (SCCP),
//     ACM TOPLAS 1991 (const-fold lattice paired with the DCE sweep).
//   Weise, Crew, Ernst & Steensgaard, "Value Dependence Graphs: Representation
//     Without Taxation", POPL'94 (codegen = scheduling a demand graph).
//   Cooper & Torczon, "Engineering a Compiler", ch. 10 (mark-sweep aggressive
//     DCE with side-effect roots).
// ─────────────────────────────────────────────────────────────────────────────

#include "upass_runner.hpp"

#include <algorithm>
#include <format>
#include <functional>

namespace {

bool prp_is_tmp_name(std::string_view n) { return n.size() >= 3 && n[0] == '_' && n[1] == '_' && n[2] == '_'; }

}  // namespace
