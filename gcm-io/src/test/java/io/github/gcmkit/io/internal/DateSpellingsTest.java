package io.github.gcmkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static io.github.gcmkit.testkit.QuickTheoriesGenerators.gen;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.gcmkit.model.DateQualifier;
import io.github.gcmkit.model.PartialDate;
import io.github.gcmkit.testkit.ModelGenerators;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Dates and months are read as the format spells them, and nothing else is. */
class DateSpellingsTest {

  /** The format's grammar of dates, as a regular expression, to compare the reading with. */
  private static final Pattern DATE = Pattern.compile("(?:(early|mid|late) )?(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  @Test
  void theFormsTheDocumentsUseAreRead() {
    assertThat(date("2020")).isEqualTo(PartialDate.builder().year(2020).build());
    assertThat(date("early 2020"))
        .isEqualTo(PartialDate.builder().year(2020).qualifier(DateQualifier.EARLY).build());
    assertThat(date("2022-05")).isEqualTo(PartialDate.builder().year(2022).month(5).build());
    assertThat(date("late 2020-08-12"))
        .isEqualTo(PartialDate.builder().year(2020).month(8).day(12).qualifier(DateQualifier.LATE).build());
    assertThat(DateSpellings.month("2025-06")).isEqualTo(YearMonth.of(2025, 6));
  }

  @Test
  void everyQualifierIsSpeltByItsNameAndReadBackAsItself() {
    for (DateQualifier qualifier : DateQualifier.values()) {
      String name = qualifier.name().toLowerCase(Locale.ROOT);
      for (PartialDate date : new PartialDate[] {
          PartialDate.builder().year(2020).qualifier(qualifier).build(),
          PartialDate.builder().year(2021).month(3).qualifier(qualifier).build(),
          PartialDate.builder().year(2019).month(11).day(30).qualifier(qualifier).build()}) {
        String written = DateSpellings.spelling(date);
        assertThat(written).as(qualifier.name()).isEqualTo(name + " " + date.toIsoString());
        assertThat(date(written)).as(written).isEqualTo(date);
      }
    }
  }

  @Test
  void aGeneratedDateReadsBackFromItsSpelling() {
    qt().withExamples(1_000).forAll(gen(ModelGenerators.defaults().partialDate())).checkAssert(date ->
        assertThat(date(DateSpellings.spelling(date))).isEqualTo(date));
  }

  private static PartialDate date(String text) {
    return Objects.requireNonNull(DateSpellings.partialDate(text), text).build();
  }

  @Test
  void otherSpellingsAreNotDates() {
    for (String text : new String[] {"", "202", "20201", "2020-", "2020-8", "2020-08-1", "2020-08-12-", "early  2020",
        "Early 2020", "soon 2020", "2020/08", "２０２０", "2020-08-12T00"}) {
      assertThat(DateSpellings.partialDate(text)).as(text).isNull();
    }
    for (String text : new String[] {"2020", "2020-13", "2020-00", "2020-8", "2020-08-01", "early 2020-08"}) {
      assertThat(DateSpellings.month(text)).as(text).isNull();
    }
  }

  /** Texts made of the pieces of dates, in any order. */
  private static Gen<String> dateLikeTexts() {
    String[] pieces = {"early ", "mid ", "late ", "2020", "19", "0", "1", "9", "-", "-0", "-12", " ", "x"};
    return lists().of(integers().between(0, pieces.length - 1)).ofSizeBetween(0, 6)
        .map(picks -> picks.stream().map(i -> pieces[i]).collect(Collectors.joining()));
  }

  @Test
  void aTextIsADateExactlyWhenTheGrammarSaysSo() {
    qt().withExamples(2_000).forAll(dateLikeTexts()).checkAssert(text -> {
      Matcher m = DATE.matcher(text);
      PartialDate.Builder read = DateSpellings.partialDate(text);
      assertThat(read != null).as(text).isEqualTo(m.matches());
      if (read != null) {
        PartialDate.Builder expected = PartialDate.builder().year(Integer.parseInt(m.group(2)));
        if (m.group(1) != null) {
          expected.qualifier(DateQualifier.valueOf(m.group(1).toUpperCase(Locale.ROOT)));
        }
        if (m.group(3) != null) {
          expected.month(Integer.parseInt(m.group(3)));
        }
        if (m.group(4) != null) {
          expected.day(Integer.parseInt(m.group(4)));
        }
        assertThat(built(read)).as(text).isEqualTo(built(expected));
      }
    });
  }

  /** What a builder builds, or the kind of refusal: a month of 13 is the model's to refuse. */
  private static Object built(PartialDate.Builder builder) {
    try {
      return builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      return e.getClass();
    }
  }
}
