/**
 * The {@link io.github.mlpgen.runtime.Network} contract that every generated class implements,
 * and {@link io.github.mlpgen.runtime.ReferenceNetwork}, the generic network written straight
 * from the formulas that serves as the oracle. Start with {@code io.github.mlpgen.runtime.train}
 * to train a network on a data set.
 */
package io.github.mlpgen.runtime;
