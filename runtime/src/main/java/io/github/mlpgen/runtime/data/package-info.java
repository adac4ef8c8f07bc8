/**
 * Datasets and how they are split: a {@link io.github.mlpgen.runtime.data.Dataset} comes from
 * {@link io.github.mlpgen.runtime.data.RandomData} (the seed experiment's data) or
 * {@link io.github.mlpgen.runtime.data.CsvReader}, is split by
 * {@link io.github.mlpgen.runtime.data.HoldOut} and
 * {@link io.github.mlpgen.runtime.data.KFold}, and standardised with statistics of training
 * rows only by {@link io.github.mlpgen.runtime.data.Standardization}.
 */
package io.github.mlpgen.runtime.data;
