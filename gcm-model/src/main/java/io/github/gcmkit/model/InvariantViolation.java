package io.github.gcmkit.model;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
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
 *
 * <p>The model's own violations are worded in English and French by its bundle of invariants
 * ({@code io/github/gcmkit/model/invariants.properties} and its French twin): {@link
 * #localizedProblem()} gives the problem in either language, and {@link #key()} names the message
 * for tools ({@code invariant.id-twice}). A violation made with a problem in free text reads the same
 * in every language and has no key.
 */
public final class InvariantViolation extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The model's bundle of invariants, in English and French. */
  static final MessageBundle INVARIANTS =
      MessageBundle.load(name -> InvariantViolation.class.getResourceAsStream(name), "/io/github/gcmkit/model/invariants");

  private final ImmutableList<String> field;
  private final @Nullable String key;
  private final transient Message problem;

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
    this(field, null, Message.of(LocalizedText.en(problem)), cause);
  }

  /** The violation whose problem is the message {@code key} of the bundle of invariants. */
  private InvariantViolation(List<String> field, @Nullable String key, Message problem, @Nullable Throwable cause) {
    super(spell(field) + ": " + problem.text(LocalizedText.ENGLISH), cause);
    this.field = ImmutableList.copyOf(field);
    this.key = key;
    this.problem = problem;
  }

  /**
   * The violation of the field at {@code field} whose problem is the message {@code key} of the
   * model's bundle of invariants, its placeholders filled with {@code args}.
   *
   * @throws IllegalStateException if the bundle has no such key
   */
  static InvariantViolation keyed(List<String> field, String key, @Nullable Throwable cause, Object... args) {
    return new InvariantViolation(field, key, INVARIANTS.message(key, args), cause);
  }

  /**
   * The steps from the value being built to the offending field: attribute names, and item
   * positions in decimal digits; never empty.
   */
  public ImmutableList<String> field() {
    return field;
  }

  /** What is wrong with the field, in English, without its name ({@code "'1.1' is used twice"}). */
  public String problem() {
    return problem.text(LocalizedText.ENGLISH);
  }

  /**
   * What is wrong with the field, without its name, in English and French for the model's own
   * violations ({@code "« 1.1 » est employé deux fois"}), worded when read.
   */
  public Message localizedProblem() {
    return problem;
  }

  /**
   * The key of the problem's message in the model's bundle of invariants ({@code
   * invariant.id-twice}), stable for tools; empty for a problem told in free text.
   */
  public Optional<String> key() {
    return Optional.ofNullable(key);
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
