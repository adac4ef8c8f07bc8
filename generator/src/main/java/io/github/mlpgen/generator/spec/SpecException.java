package io.github.mlpgen.generator.spec;

import java.util.List;
import java.util.stream.Collectors;

/** A spec file that cannot be generated; lists every problem found in it. */
public final class SpecException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<SpecProblem> problems;

  public SpecException(List<SpecProblem> problems) {
    super(problems.stream().map(SpecProblem::message).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** Every problem of the file, in the order of its fields. */
  public List<SpecProblem> problems() {
    return problems;
  }
}
