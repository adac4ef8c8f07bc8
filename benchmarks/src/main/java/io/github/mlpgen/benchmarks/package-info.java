/**
 * JMH benchmarks of the generated networks against {@code ReferenceNetwork} and EJML; start
 * with {@code benchmarks/run.sh}, which builds the jar, runs them and writes RESULTS.md.
 */
package io.github.mlpgen.benchmarks;
