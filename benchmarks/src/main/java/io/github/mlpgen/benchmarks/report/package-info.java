/**
 * Turns the JSON that JMH and {@code numpy_step.py} write into {@code RESULTS.md}; run by
 * {@code benchmarks/run.sh} through {@link io.github.mlpgen.benchmarks.report.ResultsReport}.
 */
package io.github.mlpgen.benchmarks.report;
