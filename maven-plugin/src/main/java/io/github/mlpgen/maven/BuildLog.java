package io.github.mlpgen.maven;

/** Where a run reports details and warnings; the Mojos forward both to Maven's log. */
interface BuildLog {

  /** A detail that only {@code mvn -X} shows. */
  void debug(String message);

  /** Something the user should fix; the message says how. */
  void warn(String message);
}
