/**
 * The kernel plan: how a network's shape becomes loops (padded row widths, blocked rows,
 * unrolled terms) and how the work is split into methods within a bytecode budget.
 */
package io.github.mlpgen.generator.plan;
