/**
 * Generators of every gcmkit model type for property-based tests.
 *
 * <p>Start from {@link io.github.gcmkit.testkit.ModelGenerators#defaults()}: it has one method per
 * model type, each returning a {@link io.github.gcmkit.testkit.Generator}. Every generated value is
 * built through the model's public builders, so it is well-formed; shapes follow the source
 * documents (bilingual text, nested activities, rotating co-chair seats, federations of global,
 * regional and national networks) and sizes are bounded by {@link io.github.gcmkit.testkit.Sizes}.
 *
 * <p>Generators draw every random choice from a {@link io.github.gcmkit.testkit.Source}: a seeded
 * source of gcmkit's own ({@link io.github.gcmkit.testkit.Source#seeded(long)}, stable across JDKs),
 * any {@link java.util.random.RandomGenerator}, or QuickTheories through {@link
 * io.github.gcmkit.testkit.QuickTheoriesGenerators#gen(Generator)}, whose shrinking then works on
 * gcmkit values.
 *
 * <pre>{@code
 * ModelGenerators gen = ModelGenerators.defaults();
 * Federation sample = gen.federation().sample(42);
 * qt().forAll(QuickTheoriesGenerators.gen(gen.workplan()))
 *     .check(w -> w.equals(Workplan.builder().from(w).build()));
 * }</pre>
 */
@NullMarked
package io.github.gcmkit.testkit;

import org.jspecify.annotations.NullMarked;
