/** File writing that never leaves a half-written file, or a half-written set of files, behind. */
package io.github.mlpgen.runtime.io;
