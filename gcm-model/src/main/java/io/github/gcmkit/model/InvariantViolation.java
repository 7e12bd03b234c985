package io.github.gcmkit.model;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A value that would break one of the model's structural rules — an id used twice, a period that
 * ends before it starts, a national network without a country — with the field it concerns as data,
 * so that a reader can point at the place in a document without reading the message.
 *
 * <p>The field is a path of steps from the value being built: attribute names, and item positions
 * (as decimal digits) in a list attribute. {@code ["priorities", "1", "workstreams", "0", "id"]} is
 * the id of the first workstream of the second priority; since the format's field names are the
 * attributes' names, the steps are also the tokens of a JSON Pointer into the document. The message
 * is the field followed by the problem, {@code "priorities[1].workstreams[0].id: '1.1' is used
 * twice in the workplan"}.
 */
public final class InvariantViolation extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final ImmutableList<String> field;
  private final String problem;

  /**
   * A violation of the field at {@code field} (one step or more), described by {@code problem}.
   *
   * @throws IllegalArgumentException if {@code field} is empty
   */
  public InvariantViolation(List<String> field, String problem) {
    this(field, problem, null);
  }

  /** A violation as {@link #InvariantViolation(List, String)}, found because of {@code cause}. */
  public InvariantViolation(List<String> field, String problem, @Nullable Throwable cause) {
    super(spell(field) + ": " + problem, cause);
    this.field = ImmutableList.copyOf(field);
    this.problem = problem;
  }

  /**
   * The steps from the value being built to the offending field: attribute names, and item
   * positions in decimal digits; never empty.
   */
  public ImmutableList<String> field() {
    return field;
  }

  /** What is wrong with the field, without its name ({@code "'1.1' is used twice"}). */
  public String problem() {
    return problem;
  }

  /** The field as the model's paths spell it: {@code priorities[1].workstreams[0].id}. */
  private static String spell(List<String> field) {
    if (field.isEmpty()) {
      throw new IllegalArgumentException("field: an invariant violation names at least one field");
    }
    StringBuilder spelled = new StringBuilder(field.get(0));
    for (String step : field.subList(1, field.size())) {
      if (isIndex(step)) {
        spelled.append('[').append(step).append(']');
      } else {
        spelled.append('.').append(step);
      }
    }
    return spelled.toString();
  }

  private static boolean isIndex(String step) {
    if (step.isEmpty()) {
      return false;
    }
    for (int i = 0; i < step.length(); i++) {
      if (step.charAt(i) < '0' || step.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
