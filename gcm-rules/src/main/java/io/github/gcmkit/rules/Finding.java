package io.github.gcmkit.rules;

import io.github.gcmkit.model.GcmStyle;
import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Message;
import io.github.gcmkit.model.Provenance;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One failure of one rule at one place: the rule's id, the severity the profile gives it, the
 * network it concerns, a JSON Pointer to the offending element, a message in English and French
 * and, where useful, a hint.
 *
 * <p>The {@link #pointer()} points into the canonical JSON form of the validated document, whose
 * field names are the model's attribute names: {@code /networks/0/charter/governance/coChairs/1}
 * when a federation is validated, {@code /charter/governance/coChairs/1} for a network, {@code
 * /governance/coChairs/1} for a charter on its own. The {@link #localPointer()} is the same place
 * relative to the finding's network, so it does not change when networks are added or reordered;
 * {@link Baseline}s match findings by rule, network and local pointer.
 *
 * <p>A finding is recorded as data: the rule, the place and what its message needs (a {@link
 * Message}: a key of the rule's messages and its arguments). The message and hint are worded each
 * time they are read, in the language asked for ({@link #message(String)}), and kept by nobody, so
 * that a validation with many findings costs little more than the checks and a report of many
 * findings holds no text.
 */
@Value.Immutable(builder = false)
@GcmStyle
public abstract class Finding {

  Finding() {}

  /** The id of the rule that failed. */
  @Value.Parameter
  public abstract String ruleId();

  /** The severity, as the profile configures the rule. */
  @Value.Parameter
  public abstract Severity severity();

  /** The id of the network concerned; empty for a charter or workplan validated on its own. */
  @Value.Parameter
  public abstract Optional<String> networkId();

  /** Where the network is in the validated document: the root outside any network. */
  @Value.Parameter
  abstract JsonPointer networkBase();

  /**
   * The JSON Pointer to the offending element in its network's own document ({@code
   * /charter/governance/coChairs/1}); the same as {@link #pointer()} unless a federation was
   * validated.
   */
  @Value.Parameter
  public abstract JsonPointer localPointer();

  /** What is wrong, as the rule gave it: worded when read. */
  @Value.Parameter
  abstract Message text();

  /** How to fix it, as the rule gave it, if it did. */
  @Value.Parameter
  abstract Optional<Message> advice();

  /**
   * What the finding rests on: {@link Provenance#STATED} when the document states what the rule
   * judged, {@link Provenance#INTERPRETED} when the record marks it as an interpretation (the
   * message then says so too).
   */
  @Value.Parameter
  public abstract Provenance basis();

  /** The JSON Pointer to the offending element in the validated document. */
  public JsonPointer pointer() {
    return networkBase().append(localPointer());
  }

  /** What is wrong, in English and French, worded now. */
  public LocalizedText message() {
    return text().toLocalizedText();
  }

  /**
   * What is wrong, in {@code language} ({@code "en"} or {@code "fr"}): the one text a report in that
   * language needs, worded now and kept by nobody.
   */
  public String message(String language) {
    return text().text(language);
  }

  /** How to fix it, if the rule says, in English and French, worded now. */
  public Optional<LocalizedText> hint() {
    return advice().map(Message::toLocalizedText);
  }

  /** How to fix it, if the rule says, in {@code language}, worded now. */
  public Optional<String> hint(String language) {
    return advice().map(h -> h.text(language));
  }

  /** A copy at another severity. */
  Finding withSeverity(Severity newSeverity) {
    return ImmutableFinding.copyOf(this).withSeverity(newSeverity);
  }

  @Override
  public String toString() {
    return severity()
        + " "
        + ruleId()
        + networkId().map(n -> " [" + n + "]").orElse("")
        + " "
        + (pointer().isRoot() ? "/" : pointer())
        + ": "
        + message(LocalizedText.ENGLISH);
  }
}
