/**
 * The spec format: {@link io.github.mlpgen.generator.spec.SpecReader} reads and validates a
 * {@code *.mlp.json} or {@code *.mlp.yaml} file into a {@link
 * io.github.mlpgen.generator.spec.NetworkSpec}, reporting every problem of the file at once.
 */
package io.github.mlpgen.generator.spec;
