/**
 * Model files in numpy's {@code .npz} format, so that {@code np.load} reads what Java trained
 * and Java loads what numpy saved: {@link io.github.mlpgen.runtime.model.ModelFiles} for
 * networks, {@link io.github.mlpgen.runtime.model.Npz} for named arrays.
 */
package io.github.mlpgen.runtime.model;
