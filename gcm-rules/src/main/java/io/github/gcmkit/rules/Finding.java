package io.github.gcmkit.rules;

import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Message;
import io.github.gcmkit.model.Provenance;
import java.util.Objects;
import java.util.Optional;

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
public final class Finding {

  private final String ruleId;
  private final Severity severity;
  private final Optional<String> networkId;
  /** Where the network is in the validated document: the root outside any network. */
  private final JsonPointer networkBase;
  private final JsonPointer localPointer;
  private final Message message;
  private final Optional<Message> hint;
  private final Provenance basis;

  /** A finding whose message and hint are worded when read. */
  Finding(
      String ruleId,
      Severity severity,
      Optional<String> networkId,
      JsonPointer networkBase,
      JsonPointer localPointer,
      Message message,
      Optional<Message> hint,
      Provenance basis) {
    this.ruleId = ruleId;
    this.severity = severity;
    this.networkId = networkId;
    this.networkBase = networkBase;
    this.localPointer = localPointer;
    this.message = message;
    this.hint = hint;
    this.basis = basis;
  }

  /** The id of the rule that failed. */
  public String ruleId() {
    return ruleId;
  }

  /** The severity, as the profile configures the rule. */
  public Severity severity() {
    return severity;
  }

  /** The id of the network concerned; empty for a charter or workplan validated on its own. */
  public Optional<String> networkId() {
    return networkId;
  }

  /** The JSON Pointer to the offending element in the validated document. */
  public JsonPointer pointer() {
    return networkBase.append(localPointer);
  }

  /**
   * The JSON Pointer to the offending element in its network's own document ({@code
   * /charter/governance/coChairs/1}); the same as {@link #pointer()} unless a federation was
   * validated.
   */
  public JsonPointer localPointer() {
    return localPointer;
  }

  /** What is wrong, in English and French, worded now. */
  public LocalizedText message() {
    return message.toLocalizedText();
  }

  /**
   * What is wrong, in {@code language} ({@code "en"} or {@code "fr"}): the one text a report in that
   * language needs, worded now and kept by nobody.
   */
  public String message(String language) {
    return message.text(language);
  }

  /** How to fix it, if the rule says, in English and French, worded now. */
  public Optional<LocalizedText> hint() {
    return hint.map(Message::toLocalizedText);
  }

  /** How to fix it, if the rule says, in {@code language}, worded now. */
  public Optional<String> hint(String language) {
    return hint.map(h -> h.text(language));
  }

  /**
   * What the finding rests on: {@link Provenance#STATED} when the document states what the rule
   * judged, {@link Provenance#INTERPRETED} when the record marks it as an interpretation (the
   * message then says so too).
   */
  public Provenance basis() {
    return basis;
  }

  /** A copy at another severity. */
  Finding withSeverity(Severity newSeverity) {
    return new Finding(ruleId, newSeverity, networkId, networkBase, localPointer, message, hint, basis);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Finding that)) {
      return false;
    }
    return ruleId.equals(that.ruleId)
        && severity == that.severity
        && networkId.equals(that.networkId)
        && networkBase.equals(that.networkBase)
        && localPointer.equals(that.localPointer)
        && message.equals(that.message)
        && hint.equals(that.hint)
        && basis == that.basis;
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, severity, networkId, networkBase, localPointer, message, hint, basis);
  }

  @Override
  public String toString() {
    return severity
        + " "
        + ruleId
        + networkId.map(n -> " [" + n + "]").orElse("")
        + " "
        + (pointer().isRoot() ? "/" : pointer())
        + ": "
        + message(LocalizedText.ENGLISH);
  }
}
