/**
 * The {@code mlpgen} command line: start at {@link io.github.mlpgen.cli.Main}, whose
 * subcommands train a network, generate its source and check a spec.
 */
package io.github.mlpgen.cli;
