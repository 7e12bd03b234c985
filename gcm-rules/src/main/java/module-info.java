/**
 * The gcmkit rules engine: rules, profiles, baselines and reports over the gcmkit model.
 */
module io.github.gcmkit.rules {
  requires transitive io.github.gcmkit.model;
  requires static org.jspecify;

}
