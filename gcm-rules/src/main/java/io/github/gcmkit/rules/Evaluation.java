package io.github.gcmkit.rules;

import io.github.gcmkit.model.EntityCatalog;
import io.github.gcmkit.model.Event;
import io.github.gcmkit.model.JsonPointer;
import io.github.gcmkit.model.Message;
import io.github.gcmkit.model.network.Federation;
import io.github.gcmkit.model.network.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One run of one rule on one subject: the {@link RuleContext} the check reports to. */
final class Evaluation implements RuleContext {

  private final ConfiguredRule rule;
  private final int ruleIndex;
  private final Subject subject;
  private final EntityCatalog entities;
  private final List<FindingKey> findings;
  private boolean found;
  // Made when the first is recorded: most evaluations record nothing.
  private List<NotEvaluated> notEvaluated = List.of();

  /**
   * An evaluation of {@code rule}, the {@code ruleIndex}-th of the validation's rules, that adds its
   * findings to {@code findings}: the list of its part of the validation, whose evaluations run one
   * after another on one thread.
   */
  Evaluation(ConfiguredRule rule, int ruleIndex, Subject subject, EntityCatalog entities, List<FindingKey> findings) {
    this.rule = rule;
    this.ruleIndex = ruleIndex;
    this.subject = subject;
    this.entities = entities;
    this.findings = findings;
  }

  /** Runs the rule's check on the subject; a check that throws is a bug, reported as such. */
  Evaluation run() {
    try {
      rule.rule().run(subject.value(), this);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "rule '" + rule.id() + "' failed on " + subject.describe() + ": " + e.getMessage(), e);
    }
    return this;
  }

  /** Whether the rule found something. */
  boolean found() {
    return found;
  }

  List<NotEvaluated> notEvaluated() {
    return notEvaluated;
  }

  /** Whether the rule judged its subject: it ran and nothing of it was left not evaluated. */
  boolean judged() {
    return notEvaluated.isEmpty();
  }

  /** The place of the rule evaluated among the validation's rules. */
  int ruleIndex() {
    return ruleIndex;
  }

  @Override
  public <T> T parameter(Parameter<T> parameter) {
    return rule.parameter(parameter);
  }

  @Override
  public EntityCatalog entities() {
    return entities;
  }

  @Override
  public Optional<Network> network() {
    return subject.network();
  }

  @Override
  public Optional<Federation> federation() {
    return subject.federation();
  }

  @Override
  public Optional<Event> event(String id) {
    return subject.events().find(subject.network(), id);
  }

  @Override
  public void fail(String pointer, Message message) {
    add(rule.severity(), pointer, message, Optional.empty());
  }

  @Override
  public void fail(String pointer, Message message, Message hint) {
    add(rule.severity(), pointer, message, Optional.of(hint));
  }

  @Override
  public void fail(Severity severity, String pointer, Message message) {
    add(severity.atMost(rule.severity()), pointer, message, Optional.empty());
  }

  @Override
  public void failAbout(List<String> clauses, String pointer, Message message, Message hint) {
    for (String clause : clauses) {
      Knowledge known = Knowledge.of(subject, subject.locate(JsonPointer.parse(clause)));
      if (known.isUnknown()) {
        notEvaluated(pointer, known.unknownReason());
        return;
      }
    }
    fail(pointer, message, hint);
  }

  @Override
  public void notEvaluated(String pointer, Message reason) {
    Subject.Location at = subject.locate(JsonPointer.parse(pointer));
    undecided(ImmutableNotEvaluated.of(rule.id(), at.networkId(), at.networkBase(), at.localPointer(), reason));
  }

  /** Records what the rule could not decide. */
  private void undecided(NotEvaluated outcome) {
    if (notEvaluated.isEmpty()) {
      notEvaluated = new ArrayList<>();
    }
    notEvaluated.add(outcome);
  }

  /**
   * Records a failure, unless the record marks the element unknown: then the rule is not evaluated
   * there. A failure on an interpreted element, or in a document known only in part, says so; one
   * in a list the record marks partial is at most information, as the list may hold more. Nothing
   * is worded here: the finding keeps the message as given.
   */
  private void add(Severity severity, String pointer, Message message, Optional<Message> hint) {
    JsonPointer relative = JsonPointer.parse(pointer);
    Subject.Location at = subject.locate(relative);
    Knowledge known = Knowledge.of(subject, relative, at);
    if (known.isUnknown()) {
      undecided(
          ImmutableNotEvaluated.of(rule.id(), at.networkId(), at.networkBase(), at.localPointer(), known.unknownReason()));
      return;
    }
    Finding finding =
        ImmutableFinding.of(
            rule.id(),
            known.isPartial() ? severity.atMost(Severity.INFO) : severity,
            at.networkId(),
            at.networkBase(),
            at.localPointer(),
            known.qualify(message),
            hint,
            known.basis());
    found = true;
    // The sort key is spelled here, while the pointer just made is at hand, on the evaluation's thread.
    findings.add(new FindingKey(finding, at.rank()));
  }
}
