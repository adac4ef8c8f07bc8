/**
 * The Maven goals {@code mlpgen:generate} and {@code mlpgen:generate-test}: thin Mojos that
 * build a {@link io.github.mlpgen.maven.GenerationRequest} and hand it to
 * {@link io.github.mlpgen.maven.GenerationRun}, which finds the specs, regenerates what
 * changed and removes the classes of specs that are gone; start reading at
 * {@link io.github.mlpgen.maven.GenerateMojo}.
 */
package io.github.mlpgen.maven;
