package io.github.mlpgen.maven;

/**
 * What one run did.
 *
 * @param specs the specs found
 * @param generated the specs generated anew (the others were up to date)
 * @param written the files whose content changed and were written
 * @param removed the files of removed or renamed specs that were deleted
 * @param millis how long the run took
 * @param sourceMissing whether the source directory does not exist
 */
record GenerationResult(
    int specs, int generated, int written, int removed, long millis, boolean sourceMissing) {

  /**
   * The one info line of the run, such as {@code mlpgen: generated 2 networks from 2 specs in
   * 140 ms}, {@code mlpgen: generated 1 network in 90 ms, 1 up to date} or {@code mlpgen: 2
   * networks up to date}.
   *
   * @param sourceParameter the parameter that names the source directory
   * @param sourceDirectory the source directory as the user should read it
   */
  String summary(String sourceParameter, String sourceDirectory) {
    String outcome;
    if (sourceMissing) {
      outcome = "no specs, as " + sourceParameter + " " + sourceDirectory + " does not exist";
    } else if (specs == 0) {
      outcome = "no specs in " + sourceDirectory;
    } else if (generated == specs) {
      outcome = "generated " + count(generated, "network") + " from " + count(specs, "spec")
          + " in " + millis + " ms";
    } else if (generated > 0) {
      outcome = "generated " + count(generated, "network") + " in " + millis + " ms, "
          + (specs - generated) + " up to date";
    } else {
      outcome = count(specs, "network") + " up to date";
    }
    String removal = removed > 0 ? ", removed " + count(removed, "stale class") : "";
    return "mlpgen: " + outcome + removal;
  }

  /** {@code 1 network}, {@code 2 networks}, {@code 2 stale classes}. */
  static String count(int count, String noun) {
    String plural = noun.endsWith("s") ? noun + "es" : noun + "s";
    return count + " " + (count == 1 ? noun : plural);
  }
}
