/**
 * Sample networks generated at build time from the specs in {@code src/main/mlpgen}: start
 * with {@code SeedNetwork}, the network of the seed experiment; a readable copy of each
 * generated class lies in {@code src/checked-in/java}.
 */
package io.github.mlpgen.samples;
