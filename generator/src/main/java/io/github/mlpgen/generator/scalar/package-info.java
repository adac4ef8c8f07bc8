/**
 * The scalar backend: plain Java loops over arrays of rows, shaped so that HotSpot's C2
 * vectorises every matrix product, and keeping the reference's order of every sum.
 */
package io.github.mlpgen.generator.scalar;
