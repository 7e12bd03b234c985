package io.github.gcmkit.rules;

import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Message;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule that could not be decided for one element, and why: a network without a charter, a
 * workstream whose leads are given only as free text, a workplan with no period to compare dates
 * with. A {@link Report} never counts such a rule as passed.
 *
 * <p>Pointers are as in {@link Finding}; the reason, like a finding's message, is worded when read.
 */
public final class NotEvaluated {

  private final String ruleId;
  private final Optional<String> networkId;
  /** Where the network is in the validated document: the root outside any network. */
  private final JsonPointer networkBase;
  private final JsonPointer localPointer;
  private final Message reason;

  NotEvaluated(
      String ruleId,
      Optional<String> networkId,
      JsonPointer networkBase,
      JsonPointer localPointer,
      Message reason) {
    this.ruleId = ruleId;
    this.networkId = networkId;
    this.networkBase = networkBase;
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
    return networkBase.append(localPointer);
  }

  /** The JSON Pointer to the element in its network's own document. */
  public JsonPointer localPointer() {
    return localPointer;
  }

  /** Why the rule could not be decided, in English and French, worded now. */
  public LocalizedText reason() {
    return reason.toLocalizedText();
  }

  /** Why the rule could not be decided, in {@code language} ({@code "en"} or {@code "fr"}), worded now. */
  public String reason(String language) {
    return reason.text(language);
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
        && networkBase.equals(that.networkBase)
        && localPointer.equals(that.localPointer)
        && reason.equals(that.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, networkId, networkBase, localPointer, reason);
  }

  @Override
  public String toString() {
    return "NOT EVALUATED "
        + ruleId
        + networkId.map(n -> " [" + n + "]").orElse("")
        + " "
        + (pointer().isRoot() ? "/" : pointer())
        + ": "
        + reason(LocalizedText.ENGLISH);
  }
}
