package io.github.gcmkit.model.charter;

import com.google.common.collect.ImmutableSortedSet;
import io.github.gcmkit.model.GoverningBody;
import io.github.gcmkit.model.LocalizedText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How decisions are taken: by what method, by which body, after consulting whom, and on what subject
 * when the rule is not general ("Les décisions du Réseau seront prises par consensus après
 * consultation"; "Members of the network are fully consulted in the drafting of the workplan before
 * validation by the Executive Committee").
 */
@Value.Immutable
public abstract class DecisionRule implements WithDecisionRule {

  DecisionRule() {}

  /** What the rule decides, if it is not all of the network's decisions ("the workplan"). */
  public abstract Optional<LocalizedText> subject();

  /** The method, if stated. */
  public abstract Optional<DecisionMethod> method();

  /** The deciding body, if stated; the whole network is {@link GoverningBody#NETWORK}. */
  public abstract Optional<GoverningBody> decidingBody();

  /** Who must be consulted before the decision. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<GoverningBody> consultedFirst();

  /** The document's own words. */
  public abstract Optional<LocalizedText> wording();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DecisionRule} values. */
  public static class Builder extends ImmutableDecisionRule.Builder {}
}
