/**
 * The generator's entry point: {@link io.github.mlpgen.generator.MlpGenerator#generate} turns
 * a spec into the source of a shape-specialised network class.
 */
package io.github.mlpgen.generator;
