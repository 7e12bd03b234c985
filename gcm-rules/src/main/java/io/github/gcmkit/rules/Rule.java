package io.github.gcmkit.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import io.github.gcmkit.model.LocalizedText;
import io.github.gcmkit.model.Message;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A rule of good governance: a stable id ({@code charter.cochairs.coordinator-seat}), a title, the
 * rationale with its source (a clause of a network's Terms of Reference, a GCM guiding principle),
 * a default {@link Severity}, the {@link Target} it checks, the {@link Parameter}s it declares and
 * the {@link Check} itself.
 *
 * <p>A rule is a value: immutable, thread-safe, and known by its id. A lambda and a few lines of
 * metadata make one:
 *
 * <pre>{@code
 * Rule titled = Rule.of(
 *     "acme.charter.title", "The charter has a title",
 *     "Our knowledge platform lists charters by title.",
 *     Severity.WARNING, Target.CHARTER,
 *     (charter, context) -> {
 *       if (charter.title().isEmpty()) {
 *         context.fail("/title", LocalizedText.en("The charter has no title."));
 *       }
 *     });
 * }</pre>
 *
 * <p>A rule may also say where it comes from, as data tools can show beside its findings: the
 * passages it rests on ({@link #sources()}), how binding they are ({@link #level()}), whether it
 * asks of every network what one network's ToR asks of itself ({@link #generalised()}), and the
 * gcmkit version it appeared in ({@link #since()}). Every built-in rule does.
 *
 * <p>A catalogue of many rules can leave their words and citations to be read when first asked
 * for, as the built-in one does, so that a check (which reads neither) does not: a title and
 * rationale given as {@link Message}s are worded in both languages only when read, and {@link
 * Builder#citations} sets the citations only when one of them is read.
 *
 * <pre>{@code
 * Rule.builder("acme.charter.title")
 *     .title("The charter has a title")
 *     .rationale("Our knowledge platform lists charters by title.")
 *     .source(RuleSource.builder().document("Acme platform guide").locator("§ 2").build())
 *     .level(NormativeLevel.SHOULD)
 *     .since("1.0")
 *     .severity(Severity.WARNING)
 *     .check(Target.CHARTER, (charter, context) -> {})
 *     .build();
 * }</pre>
 *
 * <p>Ids are lower-case words of letters, digits and hyphens joined by dots; the first word names
 * the area ({@code charter}, {@code workplan}, {@code network}, {@code federation}, or a pack's own
 * prefix), so that a {@link Profile} can select a whole area with {@code charter.*}.
 */
public final class Rule {


  private final String id;
  private final Supplier<LocalizedText> title;
  private final Supplier<LocalizedText> rationale;
  private final Severity severity;
  private final Target<?> target;
  private final ImmutableList<Parameter<?>> parameters;
  private final Supplier<Provenance> citations;
  private final Check<Object> check;

  private Rule(Builder builder, Target<?> target, Check<Object> check) {
    this.id = builder.id;
    this.title = required(builder.title, "title");
    this.rationale = required(builder.rationale, "rationale");
    this.severity = required(builder.severity, "severity");
    this.target = target;
    this.parameters = builder.parameters.build();
    Consumer<Builder> later = builder.citations;
    this.citations = later == null
        ? Suppliers.ofInstance(new Provenance(builder))
        : Suppliers.memoize(() -> {
          Builder cited = new Builder(id);
          later.accept(cited);
          return new Provenance(cited);
        });
    this.check = check;
  }

  private <V> V required(@Nullable V value, String field) {
    checkState(value != null, "rule '%s': %s is not set", id, field);
    return value;
  }

  /**
   * A rule from its metadata and a check, with no parameters.
   *
   * @throws IllegalArgumentException if the id is not a rule id
   */
  public static <T> Rule of(
      String id,
      String title,
      String rationale,
      Severity severity,
      Target<T> target,
      Check<? super T> check) {
    return builder(id).title(title).rationale(rationale).severity(severity).check(target, check).build();
  }

  /**
   * A builder for the rule {@code id}, for rules with parameters or bilingual metadata.
   *
   * @throws IllegalArgumentException if the id is not a rule id
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** The rule's stable id. */
  public String id() {
    return id;
  }

  /** What the rule requires, in a line. */
  public LocalizedText title() {
    return title.get();
  }

  /** Why the rule exists, citing where it comes from. */
  public LocalizedText rationale() {
    return rationale.get();
  }

  /** The severity of its findings unless a profile overrides it. */
  public Severity severity() {
    return severity;
  }

  /** What the rule checks. */
  public Target<?> target() {
    return target;
  }

  /** The parameters the rule declares, in declaration order. */
  public ImmutableList<Parameter<?>> parameters() {
    return parameters;
  }

  /** The parameter named {@code name}, if the rule declares one. */
  public Optional<Parameter<?>> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The passages the rule rests on, in the order they are cited; empty if it names none. */
  public ImmutableList<RuleSource> sources() {
    return citations.get().sources;
  }

  /** How binding its sources are, if the rule says. */
  public Optional<NormativeLevel> level() {
    return citations.get().level;
  }

  /**
   * Whether the rule asks of every network what its sources ask of one network only, as a rule
   * drawn from the Senegal ToR does of every national network.
   */
  public boolean generalised() {
    return citations.get().generalised;
  }

  /** The version of gcmkit (or of the rule's pack) in which the rule appeared, if it says. */
  public Optional<String> since() {
    return citations.get().since;
  }

  /** Runs the check on {@code subject}, which is of the rule's target type. */
  void run(Object subject, RuleContext context) {
    check.check(target.type().cast(subject), context);
  }

  @Override
  public String toString() {
    return "Rule(" + id + ", " + severity + ", " + target + ")";
  }

  /**
   * Whether {@code text} is a rule id: lower-case words of letters, digits and hyphens joined by
   * dots, such as {@code charter.cochairs.required} — no hyphen or dot first, last or next to
   * another. Checked in one pass, as a regular expression of repeated groups cannot check a long
   * text (its matcher recurses once a group, and a text of 400,000 groups overflows the stack).
   */
  static boolean isId(String text) {
    char previous = '.';
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean separator = c == '-' || c == '.';
      if (separator ? previous == '-' || previous == '.' : !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
        return false;
      }
      previous = c;
    }
    return previous != '-' && previous != '.';
  }

  /** Where a rule comes from: its sources, their level, its generalisation and version. */
  private static final class Provenance {

    private final ImmutableList<RuleSource> sources;
    private final Optional<NormativeLevel> level;
    private final boolean generalised;
    private final Optional<String> since;

    Provenance(Builder builder) {
      this.sources = builder.sources.build();
      this.level = Optional.ofNullable(builder.level);
      this.generalised = builder.generalised;
      this.since = Optional.ofNullable(builder.since);
    }
  }

  /** Builds {@link Rule}s. Every rule needs a title, a rationale, a severity and a check. */
  public static final class Builder {

    private final String id;
    private @Nullable Supplier<LocalizedText> title;
    private @Nullable Supplier<LocalizedText> rationale;
    private @Nullable Severity severity;
    private @Nullable Target<?> target;
    private @Nullable Check<Object> check;
    private final ImmutableList.Builder<Parameter<?>> parameters = ImmutableList.builder();
    private final ImmutableList.Builder<RuleSource> sources = ImmutableList.builder();
    private @Nullable NormativeLevel level;
    private boolean generalised;
    private @Nullable String since;
    private @Nullable Consumer<Builder> citations;
    private final Set<String> parameterNames = new HashSet<>();

    private Builder(String id) {
      checkArgument(
          isId(id),
          "id: '%s' is not a rule id (lower-case words of letters, digits and hyphens joined by"
              + " dots, such as 'charter.cochairs.required')",
          id);
      this.id = id;
    }

    /** Sets the title, in English. */
    public Builder title(String title) {
      return title(LocalizedText.en(title));
    }

    /** Sets the title, in one or more languages. */
    public Builder title(LocalizedText title) {
      this.title = Suppliers.ofInstance(title);
      return this;
    }

    /**
     * Sets the title, in English and French, worded when first read: a {@link
     * io.github.gcmkit.model.MessageBundle}'s message, whose French file is then read only if a
     * title or rationale is.
     */
    public Builder title(Message title) {
      this.title = Suppliers.memoize(title::toLocalizedText);
      return this;
    }

    /** Sets the rationale, in English. */
    public Builder rationale(String rationale) {
      return rationale(LocalizedText.en(rationale));
    }

    /** Sets the rationale, in one or more languages. */
    public Builder rationale(LocalizedText rationale) {
      this.rationale = Suppliers.ofInstance(rationale);
      return this;
    }

    /** Sets the rationale, in English and French, worded when first read (as {@link #title(Message)}). */
    public Builder rationale(Message rationale) {
      this.rationale = Suppliers.memoize(rationale::toLocalizedText);
      return this;
    }

    /** Sets the default severity. */
    public Builder severity(Severity severity) {
      this.severity = severity;
      return this;
    }

    /**
     * Declares a parameter.
     *
     * @throws IllegalArgumentException if the rule already declares a parameter of that name
     */
    public Builder parameter(Parameter<?> parameter) {
      checkArgument(
          parameterNames.add(parameter.name()),
          "rule '%s': parameter '%s' is declared twice",
          id,
          parameter.name());
      parameters.add(parameter);
      return this;
    }

    /** Adds a passage the rule rests on, after those already added. */
    public Builder source(RuleSource source) {
      sources.add(source);
      return this;
    }

    /** Sets how binding the rule's sources are. */
    public Builder level(NormativeLevel level) {
      this.level = level;
      return this;
    }

    /** Sets whether the rule asks of every network what its sources ask of one network only. */
    public Builder generalised(boolean generalised) {
      this.generalised = generalised;
      return this;
    }

    /**
     * Sets the version in which the rule appeared ({@code 0.1.0}).
     *
     * @throws IllegalArgumentException if it is blank or holds white space
     */
    public Builder since(String version) {
      checkArgument(
          !version.isEmpty() && version.chars().noneMatch(Character::isWhitespace),
          "rule '%s': since: '%s' is not a version such as '0.1.0'",
          id,
          version);
      this.since = version;
      return this;
    }

    /**
     * Has {@code citations} set the rule's sources, level, generalisation and version when one of
     * them is first read, rather than now: for a catalogue that reads its citations from a file
     * that a check does not need. {@code citations} is given a builder of the same rule, on
     * whichever thread first asks, once; what it sets there replaces what {@link #source}, {@link
     * #level}, {@link #generalised} and {@link #since} set on this builder. An exception it throws
     * is thrown to whoever asked.
     */
    public Builder citations(Consumer<Builder> citations) {
      this.citations = citations;
      return this;
    }

    /** Sets the target and the check that runs on each of its subjects. */
    @SuppressWarnings("unchecked")
    public <T> Builder check(Target<T> target, Check<? super T> check) {
      this.target = target;
      this.check = (Check<Object>) check;
      return this;
    }

    /**
     * The rule.
     *
     * @throws IllegalStateException if the title, rationale, severity or check is not set
     */
    public Rule build() {
      checkState(target != null && check != null, "rule '%s': check is not set", id);
      return new Rule(this, target, check);
    }
  }
}
