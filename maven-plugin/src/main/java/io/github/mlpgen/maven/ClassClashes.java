package io.github.mlpgen.maven;

import io.github.mlpgen.maven.GenerationState.SpecRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The ways the classes of two valid specs can clash, which no single spec shows: the same
 * class twice, two file names that only case tells apart, and a class named like a package.
 * Each passes the spec checks and would only fail later, in the compiler or on another
 * machine's file system, with a message that names neither spec.
 */
final class ClassClashes {

  private final SortedMap<String, SpecRecord> records;
  private final UnaryOperator<String> specPath;

  /**
   * @param records the specs of a run by name relative to the source directory
   * @param specPath a spec's relative name as the user should read it
   */
  ClassClashes(SortedMap<String, SpecRecord> records, UnaryOperator<String> specPath) {
    this.records = records;
    this.specPath = specPath;
  }

  /**
   * Fails on the first kind of clash found, listing every clash of that kind.
   *
   * @throws InvalidInputException naming both specs of each clash
   */
  void requireNone() throws InvalidInputException {
    requireDistinctClasses();
    requireDistinctIgnoringCase();
    requireNoClassNamedLikeAPackage();
  }

  private void requireDistinctClasses() throws InvalidInputException {
    Map<String, String> specByOutput = new TreeMap<>();
    List<String> clashes = new ArrayList<>();
    records.forEach(
        (name, record) -> {
          String earlier = specByOutput.putIfAbsent(record.output(), name);
          if (earlier != null) {
            clashes.add(specPath.apply(earlier) + " and " + specPath.apply(name)
                + " both generate " + className(record.output()));
          }
        });
    if (!clashes.isEmpty()) {
      throw new InvalidInputException(
          "mlpgen: two specs generate the same class; change the name or package of one:",
          clashes);
    }
  }

  /**
   * macOS and Windows file systems ignore case by default, so {@code A.java} and
   * {@code a.java} would be one file there and the second class would replace the first.
   */
  private void requireDistinctIgnoringCase() throws InvalidInputException {
    Map<String, String> specByFolded = new TreeMap<>();
    List<String> clashes = new ArrayList<>();
    records.forEach(
        (name, record) -> {
          String earlier = specByFolded.putIfAbsent(folded(record.output()), name);
          if (earlier != null) {
            clashes.add(specPath.apply(earlier) + " generates "
                + className(records.get(earlier).output()) + " and " + specPath.apply(name)
                + " generates " + className(record.output()));
          }
        });
    if (!clashes.isEmpty()) {
      throw new InvalidInputException("mlpgen: two specs generate classes whose names differ"
          + " only in case, so their files would be one on macOS and Windows; change the name"
          + " or package of one:", clashes);
    }
  }

  /** Java forbids a class and a package of the same name: javac stops at the class. */
  private void requireNoClassNamedLikeAPackage() throws InvalidInputException {
    Map<String, String> specByPackage = packages();
    List<String> clashes = new ArrayList<>();
    records.forEach(
        (name, record) -> {
          String className = className(record.output());
          String inPackage = specByPackage.get(className);
          if (inPackage != null) {
            clashes.add(specPath.apply(name) + " generates the class " + className + ", and "
                + specPath.apply(inPackage) + " generates "
                + className(records.get(inPackage).output()) + " in a package of that name");
          }
        });
    if (!clashes.isEmpty()) {
      throw new InvalidInputException("mlpgen: a class has the name of a package, which Java"
          + " does not allow; change the name or package of one of the two specs:", clashes);
    }
  }

  /**
   * Every package the classes are in, with its enclosing packages ({@code org.ex} and
   * {@code org} for {@code org.ex.A}), each with the first spec whose class is in it.
   */
  private Map<String, String> packages() {
    Map<String, String> specByPackage = new TreeMap<>();
    records.forEach(
        (name, record) -> {
          String packageName = className(record.output());
          for (int dot = packageName.lastIndexOf('.'); dot > 0;
              dot = packageName.lastIndexOf('.')) {
            packageName = packageName.substring(0, dot);
            specByPackage.putIfAbsent(packageName, name);
          }
        });
    return specByPackage;
  }

  /** {@code org.ex.A} of {@code org/ex/A.java}. */
  static String className(String output) {
    return output.substring(0, output.length() - ".java".length()).replace('/', '.');
  }

  /**
   * The name as a case-insensitive file system compares it, near enough: upper then lower
   * case also folds letters such as the long s that have no single lower-case partner.
   */
  private static String folded(String output) {
    return output.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }
}
