/**
 * The vector backend: register-blocked broadcast-FMA kernels on {@code jdk.incubator.vector},
 * one tile of rows by several vectors of columns accumulated in locals per pass.
 */
package io.github.mlpgen.generator.vector;
