/** File writing that never leaves a half-written file behind. */
package io.github.mlpgen.runtime.io;
