package io.github.mlpgen.cli;

import io.github.mlpgen.runtime.train.Phase;
import io.github.mlpgen.runtime.train.RunWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The names of the files {@code mlpgen train} writes into {@code --out}. */
final class RunFiles {

  /** The run's summary. */
  static final String SUMMARY = "summary.json";

  /** The pictures of any fold, as an earlier run with more folds may have left them. */
  private static final Pattern FOLD_PICTURE =
      Pattern.compile("fold-[1-9][0-9]*-(steps|epochs)\\.png");

  private RunFiles() {}

  /** Every file a finished run writes. */
  static List<String> finished(int folds, boolean standardize) {
    List<String> names = new ArrayList<>();
    names.add(SUMMARY);
    names.addAll(RunWriter.fileNames(standardize));
    for (int fold = 1; fold <= folds; fold++) {
      names.addAll(Plots.fileNames(Phase.fold(fold)));
    }
    names.addAll(Plots.fileNames(Phase.FINAL));
    return names;
  }

  /** Every file a run may write, finished or diverged. */
  static List<String> all(int folds, boolean standardize) {
    List<String> names = new ArrayList<>(finished(folds, standardize));
    names.addAll(RunWriter.divergedFileNames());
    return names;
  }

  /**
   * Whether {@code name} is a file some run writes, with any number of folds and with or
   * without standardisation: the files a finished run removes when it did not write them.
   */
  static boolean isRunOutput(String name) {
    return all(0, true).contains(name) || FOLD_PICTURE.matcher(name).matches();
  }
}
