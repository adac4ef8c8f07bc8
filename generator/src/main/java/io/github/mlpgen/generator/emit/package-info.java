/**
 * Emitting machinery every backend shares: the file header and {@code @Generated} marking,
 * safe comment text, the element type, and the {@code Network} plumbing methods.
 */
package io.github.mlpgen.generator.emit;
