/**
 * The gcmkit rules engine: rules with reasons and severities that check charters, workplans,
 * networks and federations of networks; the built-in rule catalogue drawn from the source documents
 * and the GCM's guiding principles; profiles that select and tailor rules; baselines of accepted
 * findings; the validator and its reports.
 *
 * <p>Rule packs of other modules are found through {@link java.util.ServiceLoader}: declare {@code
 * provides io.github.gcmkit.rules.RulePack with ...} in their module descriptor.
 */
module io.github.gcmkit.rules {
  requires transitive io.github.gcmkit.model;
  requires static org.jspecify;

  exports io.github.gcmkit.rules;

  uses io.github.gcmkit.rules.RulePack;
}
