package io.github.mlpgen.generator.plan;

import com.palantir.javapoet.CodeBlock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bytecode budget of one generated method. HotSpot never JIT-compiles a method whose
 * bytecode exceeds {@link #HUGE_METHOD_LIMIT} bytes ({@code -XX:HugeMethodLimit}, fixed on
 * product JVMs): it would run interpreted, many times slower, without any warning. The
 * emitters therefore keep loops rather than unrolling whole dimensions, give every layer and
 * step its own method, and check every method's estimated size against {@link #TARGET}
 * before writing it.
 *
 * <p>The estimate counts the tokens of the method's source and multiplies by {@link
 * #BYTES_PER_TOKEN}, a factor measured on the emitted kernels (a local load is one or two
 * bytes, a field load four, an array access one, a branch three) and rounded up, so that it
 * overestimates: the tests compare it with the compiled size of every method.
 */
public final class MethodBudget {

  /** The size above which HotSpot never compiles a method. */
  public static final int HUGE_METHOD_LIMIT = 8000;

  /** The most any one generated method may be estimated at: a margin below the limit. */
  public static final int TARGET = 6000;

  /** Estimated bytecode per source token; an upper bound measured on the kernels. */
  public static final double BYTES_PER_TOKEN = 2.0;

  private static final Pattern TOKEN = Pattern.compile(
      "[A-Za-z_$][A-Za-z_$0-9]*|[0-9][0-9.]*[fFdDlL]?|\"(?:[^\"\\\\]|\\\\.)*\"|[-+*/%=<>!&|^~?:]+"
          + "|[\\[\\](){},;.]");

  private static final Pattern COMMENT = Pattern.compile("//[^\n]*|/\\*.*?\\*/", Pattern.DOTALL);

  private MethodBudget() {}

  /** The estimated bytecode size of a method whose body is {@code body}. */
  public static int estimate(CodeBlock body) {
    String source = COMMENT.matcher(body.toString()).replaceAll(" ");
    Matcher tokens = TOKEN.matcher(source);
    int count = 0;
    while (tokens.find()) {
      count++;
    }
    return (int) Math.ceil(count * BYTES_PER_TOKEN);
  }

  /**
   * Checks one method's estimate against {@link #TARGET}.
   *
   * @throws IllegalStateException naming the method, when it is over budget
   */
  public static void require(String method, int estimatedBytes) {
    if (estimatedBytes > TARGET) {
      throw new IllegalStateException("generated method " + method + " is estimated at "
          + estimatedBytes + " bytes of bytecode, over the budget of " + TARGET
          + " (HotSpot never compiles methods over " + HUGE_METHOD_LIMIT + " bytes)");
    }
  }
}
