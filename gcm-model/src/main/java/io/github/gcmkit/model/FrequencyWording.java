package io.github.gcmkit.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The English and French wording of frequencies: reading it and writing it. */
final class FrequencyWording {

  private static final String NUMBER =
      "(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
          + "|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)";

  private static final ImmutableMap<String, Integer> NUMBER_WORDS =
      ImmutableMap.<String, Integer>builder()
          .put("one", 1).put("two", 2).put("three", 3).put("four", 4).put("five", 5).put("six", 6)
          .put("seven", 7).put("eight", 8).put("nine", 9).put("ten", 10).put("eleven", 11)
          .put("twelve", 12).put("un", 1).put("une", 1).put("deux", 2).put("trois", 3)
          .put("quatre", 4).put("cinq", 5).put("sept", 7).put("huit", 8).put("neuf", 9)
          .put("dix", 10).put("onze", 11).put("douze", 12)
          .buildOrThrow();

  /** Fixed expressions, longest and most specific first; matched on {@link TextMatching#key}. */
  private static final ImmutableList<Map.Entry<Pattern, Frequency>> NAMED =
      ImmutableList.of(
          named("every other month|bimestriel(le)?s?", Frequency.EVERY_TWO_MONTHS),
          named("twice (a|per|each) year|twice[- ]yearly|two times (a|per) year"
              + "|semi[- ]?annual(ly)?|half[- ]?yearly|deux fois par an|semestriel(le)?s?"
              + "|chaque semestre", Frequency.HALF_YEARLY),
          named("(four times|4 times) (a|per) year|quarterly|every quarter|each quarter"
              + "|trimestriel(le)?s?|trimestriellement|chaque trimestre",
              Frequency.QUARTERLY),
          named("(once|one time) (a|per|each) (month)|monthly|every month|each month"
              + "|mensuel(le)?s?|mensuellement|chaque mois|tous les mois|une fois par mois",
              Frequency.MONTHLY),
          named("(once|one time) (a|per|each) week|weekly|every week|each week"
              + "|hebdomadaires?|chaque semaine|toutes les semaines|une fois par semaine",
              Frequency.WEEKLY),
          named("(once|one time) (a|per|each) year|yearly|annual(ly)?|every year|each year"
              + "|annuel(le)?s?|annuellement|chaque annee|tous les ans|une fois par an",
              Frequency.YEARLY));

  private static final Pattern EVERY_N =
      Pattern.compile(
          "\\b(?:every|each|tou(?:te)?s les) " + NUMBER
              + " (week|weeks|month|months|year|years|semaines?|mois|ans|annees)\\b");

  private static final Pattern TIMES_A_YEAR =
      Pattern.compile("\\b" + NUMBER + " (?:times|fois) (?:a|per|each|par) (?:year|an|annee)\\b");

  private FrequencyWording() {}

  /**
   * A named expression, unless a multiplier stands right before it: "half yearly", "twice monthly"
   * or "bi-weekly" are not "yearly", "monthly" or "weekly" (and the ambiguous ones are not read).
   */
  private static Map.Entry<Pattern, Frequency> named(String regex, Frequency frequency) {
    return Map.entry(
        Pattern.compile("(?<!\\b(?:bi|semi|half|twice|thrice)[- ]?)\\b(?:" + regex + ")\\b"),
        frequency);
  }

  static Optional<Frequency> parse(String wording) {
    String text = TextMatching.key(wording);
    Candidate best = Candidate.NONE;
    Matcher every = EVERY_N.matcher(text);
    if (every.find()) {
      int n = number(every.group(1));
      FrequencyUnit unit = unit(every.group(2));
      if (n >= 1) {
        best = best.earlier(every.start(), Frequency.every(n, unit));
      }
    }
    Matcher times = TIMES_A_YEAR.matcher(text);
    if (times.find()) {
      int n = number(times.group(1));
      if (n >= 1 && 12 % n == 0) {
        best = best.earlier(times.start(), Frequency.every(12 / n, FrequencyUnit.MONTH));
      }
    }
    for (Map.Entry<Pattern, Frequency> entry : NAMED) {
      Matcher m = entry.getKey().matcher(text);
      if (m.find()) {
        best = best.earlier(m.start(), entry.getValue());
      }
    }
    return Optional.ofNullable(best.frequency);
  }

  static String label(Frequency f, String language) {
    String tag = language.toLowerCase(Locale.ROOT);
    boolean french =
        tag.equals(LocalizedText.FRENCH) || tag.startsWith("fr-") || tag.startsWith("fr_");
    if (f.equals(Frequency.QUARTERLY)) {
      return french ? "tous les trois mois" : "quarterly";
    }
    if (f.equals(Frequency.HALF_YEARLY)) {
      return french ? "tous les six mois" : "half-yearly";
    }
    if (f.interval() == 1) {
      return switch (f.unit()) {
        case WEEK -> french ? "chaque semaine" : "weekly";
        case MONTH -> french ? "chaque mois" : "monthly";
        case YEAR -> french ? "chaque année" : "yearly";
      };
    }
    if (french) {
      String unit = f.unit() == FrequencyUnit.WEEK ? "semaines" : f.unit() == FrequencyUnit.MONTH ? "mois" : "ans";
      String every = f.unit() == FrequencyUnit.WEEK ? "toutes les " : "tous les ";
      return every + f.interval() + " " + unit;
    }
    return "every " + f.interval() + " " + f.unit().name().toLowerCase(Locale.ROOT) + "s";
  }

  private static int number(String word) {
    Integer named = NUMBER_WORDS.get(word);
    if (named != null) {
      return named;
    }
    try {
      return Integer.parseInt(word);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static FrequencyUnit unit(String word) {
    if (word.startsWith("week") || word.startsWith("semaine")) {
      return FrequencyUnit.WEEK;
    }
    if (word.startsWith("month") || word.equals("mois")) {
      return FrequencyUnit.MONTH;
    }
    return FrequencyUnit.YEAR;
  }

  /** The expression found earliest in the text wins. */
  private static final class Candidate {
    static final Candidate NONE = new Candidate(Integer.MAX_VALUE, null);

    final int position;
    final @Nullable Frequency frequency;

    Candidate(int position, @Nullable Frequency frequency) {
      this.position = position;
      this.frequency = frequency;
    }

    Candidate earlier(int at, Frequency candidate) {
      return at < position ? new Candidate(at, candidate) : this;
    }
  }
}
