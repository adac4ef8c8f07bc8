package io.github.mlpgen.generator.spec;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one spec file, so that all of them are reported together. */
final class Problems {

  private final String file;
  private final List<SpecProblem> found = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  /**
   * A single problem of {@code file}, thrown at once: nothing else can be checked.
   *
   * @param statement what is wrong, with the file as its subject: {@code is empty; ...}
   */
  static SpecException fatal(String file, String where, String statement) {
    return new SpecException(
        List.of(new SpecProblem(file, where, SpecProblem.ABOUT_FILE, statement)));
  }

  /** {@code field} holds {@code value} (as shown by {@link ValueText}), not what is allowed. */
  void invalid(String field, String value, String allowed) {
    found.add(new SpecProblem(file, field, value, allowed));
  }

  /** The required {@code field} is absent. */
  void missing(String field, String allowed) {
    found.add(new SpecProblem(file, field, SpecProblem.MISSING, allowed));
  }

  /** A problem that is a whole statement, such as an unknown field. */
  void statement(String field, String statement) {
    found.add(new SpecProblem(file, field, SpecProblem.NO_VALUE, statement));
  }

  /** A statement whose subject is the file, such as {@code has 3 more unknown fields}. */
  void aboutFile(String field, String statement) {
    found.add(new SpecProblem(file, field, SpecProblem.ABOUT_FILE, statement));
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** Throws every problem collected so far, if there is one. */
  void throwIfAny() throws SpecException {
    if (!found.isEmpty()) {
      throw new SpecException(found);
    }
  }
}
