package io.github.gcmkit.rules;

import io.github.gcmkit.model.GcmStyle;
import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Message;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rule that could not be decided for one element, and why: a network without a charter, a
 * workstream whose leads are given only as free text, a workplan with no period to compare dates
 * with. A {@link Report} never counts such a rule as passed.
 *
 * <p>Pointers are as in {@link Finding}; the reason, like a finding's message, is worded when read.
 */
@Value.Immutable(builder = false, copy = false)
@GcmStyle
public abstract class NotEvaluated {

  NotEvaluated() {}

  /** The id of the rule that could not be decided. */
  @Value.Parameter
  public abstract String ruleId();

  /** The id of the network concerned; empty for a charter or workplan validated on its own. */
  @Value.Parameter
  public abstract Optional<String> networkId();

  /** Where the network is in the validated document: the root outside any network. */
  @Value.Parameter
  abstract JsonPointer networkBase();

  /** The JSON Pointer to the element in its network's own document. */
  @Value.Parameter
  public abstract JsonPointer localPointer();

  /** Why the rule could not be decided, as the rule gave it: worded when read. */
  @Value.Parameter
  abstract Message why();

  /** The JSON Pointer to the element in the validated document. */
  public JsonPointer pointer() {
    return networkBase().append(localPointer());
  }

  /** Why the rule could not be decided, in English and French, worded now. */
  public LocalizedText reason() {
    return why().toLocalizedText();
  }

  /** Why the rule could not be decided, in {@code language} ({@code "en"} or {@code "fr"}), worded now. */
  public String reason(String language) {
    return why().text(language);
  }

  @Override
  public String toString() {
    return "NOT EVALUATED "
        + ruleId()
        + networkId().map(n -> " [" + n + "]").orElse("")
        + " "
        + (pointer().isRoot() ? "/" : pointer())
        + ": "
        + reason(LocalizedText.ENGLISH);
  }
}
