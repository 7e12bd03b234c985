package io.github.gcmkit.rules;

/**
 * A set of rules an application or organisation ships as a library, found through {@link
 * java.util.ServiceLoader} by {@link RuleCatalog#installed()}.
 *
 * <p>Declare the implementation in your {@code module-info.java}:
 *
 * <pre>{@code
 * provides io.github.gcmkit.rules.RulePack with com.acme.gcm.AcmeRules;
 * }</pre>
 *
 * <p>and, for the class path, in {@code META-INF/services/io.github.gcmkit.rules.RulePack}. The
 * implementation needs a public no-argument constructor. Give its rules ids under a prefix of your
 * own ({@code acme.charter.title}) so that they never clash with gcmkit's; a {@link Profile} then
 * names them like the built-in ones.
 */
public interface RulePack {

  /** The pack's rules. */
  Iterable<Rule> rules();
}
