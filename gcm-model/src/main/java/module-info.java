/**
 * The gcmkit domain model: immutable value types for United Nations migration networks at global,
 * regional and national level, their charters (Terms of Reference), workplans, events and pledges,
 * and the reference catalogue of the Global Compact for Migration (its 23 objectives, 10 guiding
 * principles and the thematic areas of the Migration MPTF) and of the organisations the documents name.
 *
 * <p>Every type is immutable and thread-safe, built through a builder, and well-formed once built.
 * The model knows nothing of JSON or of rules.
 */
module io.github.gcmkit.model {
  requires transitive com.google.common;
  requires static org.jspecify;
  // Compile-time only: read by consumers' compilers, never needed at run time.
  requires static transitive org.immutables.value.annotations;

  exports io.github.gcmkit.model;
  exports io.github.gcmkit.model.charter;
  exports io.github.gcmkit.model.workplan;
  exports io.github.gcmkit.model.network;
  exports io.github.gcmkit.model.programme;
  exports io.github.gcmkit.model.progress;

  // Readers (such as gcm-io) bind the model reflectively without the model naming them.
  opens io.github.gcmkit.model;
  opens io.github.gcmkit.model.charter;
  opens io.github.gcmkit.model.workplan;
  opens io.github.gcmkit.model.network;
  opens io.github.gcmkit.model.programme;
  opens io.github.gcmkit.model.progress;
}
