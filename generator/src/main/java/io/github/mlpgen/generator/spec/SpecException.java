package io.github.mlpgen.generator.spec;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A spec file that cannot be generated; lists every problem found in it. The message is the
 * problems' {@link SpecProblem#message() messages}, one per line, ready to show a user.
 */
public final class SpecException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<SpecProblem> problems;

  /**
   * Creates the exception for a file with at least one problem.
   *
   * @param problems every problem of the file, in the order of its fields
   */
  public SpecException(List<SpecProblem> problems) {
    super(problems.stream().map(SpecProblem::message).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a SpecException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Every problem of the file, in the order of its fields. */
  public List<SpecProblem> problems() {
    return problems;
  }
}
