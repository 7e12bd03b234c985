package io.github.gcmkit.rules;

import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.Event;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Message;
import io.github.gcmkit.model.MessageBundle;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a {@link Check} sees besides its subject — the rule's parameter values, the entity
 * catalogue, the network and federation around the subject — and where it reports.
 *
 * <p>Pointers are JSON Pointers (RFC 6901) relative to the subject, built from the model's
 * attribute names, which are the field names of gcmkit's JSON format: {@code
 * "/governance/coChairs/1"} in a charter, {@code "/priorities/0/workstreams/2/leads"} in a
 * workplan, {@code ""} for the subject itself. Where the offending element is missing, the pointer
 * names where it belongs ({@code "/mission"}). A check gives a pointer as its text, which the
 * context reads with {@link io.github.gcmkit.model.JsonPointer#parse(String)}; the validator
 * prefixes it with the subject's place in the validated document, and findings carry the result as
 * a {@link io.github.gcmkit.model.JsonPointer}.
 *
 * <p>A context belongs to one evaluation of one rule on one subject; it is not shared between
 * threads.
 */
public interface RuleContext {

  /**
   * The value of one of the rule's parameters: the profile's, or else the default.
   *
   * @throws IllegalArgumentException if the rule does not declare {@code parameter}
   */
  <T> T parameter(Parameter<T> parameter);

  /**
   * The organisations known to this validation, to resolve codes and aliases: the validator's
   * catalogue and, for a subject of a network, the organisations the network declares of its own
   * ({@link Network#catalog}).
   */
  EntityCatalog entities();

  /**
   * The network the subject belongs to: the network of a charter or workplan, or the network
   * checked. Empty when a charter or workplan is validated on its own, and for federation rules.
   */
  Optional<Network> network();

  /** The federation being validated, if a federation is. */
  Optional<Federation> federation();

  /**
   * The event with this id: one of {@link #network()}'s events, else one of the federation's own,
   * else the one event another network of the federation records under this id. Empty when no
   * network records it, or when several networks record different events under it (event ids are
   * unique only within a network). Looked up in an index built once per validation.
   */
  Optional<Event> event(String id);

  /**
   * Reports a failure at {@code pointer}, at the rule's severity. The message is kept as it is
   * given and worded only when a report is written: a {@link MessageBundle#message bundle's
   * message} records its key and arguments, so that many findings cost little.
   */
  void fail(String pointer, Message message);

  /** Reports a failure at {@code pointer}, at the rule's severity, with a hint on how to fix it. */
  void fail(String pointer, Message message, Message hint);

  /**
   * Reports a failure at {@code pointer}, at the rule's severity, about the clauses at {@code
   * clauses}: what the rule needed and did not find, reported where the document would hold it
   * (a meeting policy's frequency, at the meeting policy the charter lacks). The relation decides
   * what a mark of unknown means: when the record marks one of these clauses unknown, or a part of
   * the document that holds it, the rule is not evaluated at {@code pointer}, with the reason,
   * instead of failing. {@link #fail(String, Message, Message)} is this with {@code pointer} as the
   * only clause.
   */
  void failAbout(List<String> clauses, String pointer, Message message, Message hint);

  /**
   * Reports a lesser failure at {@code pointer}: its severity is {@code severity} or the rule's
   * configured severity, whichever is less severe. For rules whose smaller shortfalls deserve less
   * than the rule's default severity (one co-chair seat where two are expected).
   */
  void fail(Severity severity, String pointer, Message message);

  /**
   * Reports that the rule cannot be decided for the element at {@code pointer}, and why: data the
   * rule needs is missing, or given only as free text. A report never counts such a rule as passed.
   */
  void notEvaluated(String pointer, Message reason);

  /** Reports a failure at {@code pointer}, at the rule's severity, with {@code message} as its words. */
  default void fail(String pointer, LocalizedText message) {
    fail(pointer, Message.of(message));
  }

  /** Reports a failure at {@code pointer}, at the rule's severity, with a hint on how to fix it. */
  default void fail(String pointer, LocalizedText message, LocalizedText hint) {
    fail(pointer, Message.of(message), Message.of(hint));
  }

  /** {@link #failAbout(List, String, Message, Message)} with words given as text. */
  default void failAbout(List<String> clauses, String pointer, LocalizedText message, LocalizedText hint) {
    failAbout(clauses, pointer, Message.of(message), Message.of(hint));
  }

  /** {@link #fail(Severity, String, Message)} with words given as text. */
  default void fail(Severity severity, String pointer, LocalizedText message) {
    fail(severity, pointer, Message.of(message));
  }

  /**
   * Reports a failure at {@code pointer}, at the rule's severity, whose message is made only when
   * read. The supplier is called at most once, perhaps on another thread, and must not fail.
   */
  default void fail(String pointer, Supplier<LocalizedText> message) {
    fail(pointer, Message.of(message));
  }

  /**
   * Reports a failure at {@code pointer}, at the rule's severity, with a hint, both made only when
   * read; see {@link #fail(String, Supplier)}.
   */
  default void fail(String pointer, Supplier<LocalizedText> message, Supplier<LocalizedText> hint) {
    fail(pointer, Message.of(message), Message.of(hint));
  }

  /**
   * Reports a lesser failure at {@code pointer}, as {@link #fail(Severity, String, Message)} does,
   * with a message made only when read; see {@link #fail(String, Supplier)}.
   */
  default void fail(Severity severity, String pointer, Supplier<LocalizedText> message) {
    fail(severity, pointer, Message.of(message));
  }

  /** {@link #notEvaluated(String, Message)} with the reason given as text. */
  default void notEvaluated(String pointer, LocalizedText reason) {
    notEvaluated(pointer, Message.of(reason));
  }
}
