package io.github.gcmkit.rules;

import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.LocalizedText;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule that could not be decided for one element, and why: a network without a charter, a
 * workstream whose leads are given only as free text, a workplan with no period to compare dates
 * with. A {@link Report} never counts such a rule as passed.
 *
 * <p>Pointers are as in {@link Finding}.
 */
public final class NotEvaluated {

  private final String ruleId;
  private final Optional<String> networkId;
  private final JsonPointer pointer;
  private final JsonPointer localPointer;
  private final LocalizedText reason;

  NotEvaluated(
      String ruleId,
      Optional<String> networkId,
      JsonPointer pointer,
      JsonPointer localPointer,
      LocalizedText reason) {
    this.ruleId = ruleId;
    this.networkId = networkId;
    this.pointer = pointer;
    this.localPointer = localPointer;
    this.reason = reason;
  }

  /** The id of the rule that could not be decided. */
  public String ruleId() {
    return ruleId;
  }

  /** The id of the network concerned; empty for a charter or workplan validated on its own. */
  public Optional<String> networkId() {
    return networkId;
  }

  /** The JSON Pointer to the element in the validated document. */
  public JsonPointer pointer() {
    return pointer;
  }

  /** The JSON Pointer to the element in its network's own document. */
  public JsonPointer localPointer() {
    return localPointer;
  }

  /** Why the rule could not be decided, in English and French. */
  public LocalizedText reason() {
    return reason;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof NotEvaluated that)) {
      return false;
    }
    return ruleId.equals(that.ruleId)
        && networkId.equals(that.networkId)
        && pointer.equals(that.pointer)
        && localPointer.equals(that.localPointer)
        && reason.equals(that.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, networkId, pointer, localPointer, reason);
  }

  @Override
  public String toString() {
    return "NOT EVALUATED "
        + ruleId
        + networkId.map(n -> " [" + n + "]").orElse("")
        + " "
        + (pointer.isRoot() ? "/" : pointer)
        + ": "
        + reason.text(LocalizedText.ENGLISH);
  }
}
