/**
 * In-process compilation of generated sources with {@code javax.tools}, loading the network
 * class into a fresh class loader without touching the file system.
 */
package io.github.mlpgen.generator.compile;
