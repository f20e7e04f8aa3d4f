package io.parallax.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a publication date into a UTC instant. Accepts ISO-8601 dates ({@code 2022-01-10}, midnight
 * UTC), local date-times with 'T' or a space ({@code 2022-01-10 16:15:00}, read as UTC, as
 * news-please writes them), date-times with an offset ({@code Z}, {@code +01:00}, {@code +0100}),
 * RFC 1123 as RSS feeds write it, and the English dates scraped pages carry ({@code July 13, 2009},
 * {@code Jul 13, 2009}, {@code 13 July 2009}; midnight UTC).
 */
public final class PublishedAt {
  private static final int MIN_YEAR = 1800;
  private static final int MAX_YEAR = 2200;
  private static final Pattern SPACE_BEFORE_TIME =
      Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:)");

  private static final DateTimeFormatter ISO =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalEnd()
          .toFormatter()
          .withResolverStyle(ResolverStyle.STRICT)
          .withChronology(java.time.chrono.IsoChronology.INSTANCE);

  private static final List<DateTimeFormatter> ENGLISH_DATES =
      java.util.stream.Stream.of(
              "MMMM d, uuuu", "MMM d, uuuu", "MMM. d, uuuu", "d MMMM uuuu", "d MMM uuuu")
          .map(
              p ->
                  new DateTimeFormatterBuilder()
                      .parseCaseInsensitive()
                      .appendPattern(p)
                      .toFormatter(Locale.ENGLISH)
                      .withResolverStyle(ResolverStyle.STRICT))
          .toList();

  private PublishedAt() {}

  /** The instant, or empty when the value is in none of the accepted forms or outside 1800-2200. */
  public static Optional<Instant> parse(String value) {
    String text = SPACE_BEFORE_TIME.matcher(value.trim()).replaceFirst("$1T$2");
    Instant instant = parseIso(text);
    if (instant == null) {
      instant = parseRfc1123(text);
    }
    if (instant == null) {
      instant = parseEnglishDate(text);
    }
    if (instant == null) {
      instant = EnglishDateTime.parse(text);
    }
    if (instant == null) {
      return Optional.empty();
    }
    int year = instant.atOffset(ZoneOffset.UTC).getYear();
    return year < MIN_YEAR || year > MAX_YEAR ? Optional.empty() : Optional.of(instant);
  }

  private static Instant parseIso(String text) {
    try {
      TemporalAccessor parsed =
          ISO.parseBest(text, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
      if (parsed instanceof OffsetDateTime offset) {
        return offset.toInstant();
      }
      if (parsed instanceof LocalDateTime local) {
        return local.toInstant(ZoneOffset.UTC);
      }
      return ((LocalDate) parsed).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Instant parseEnglishDate(String text) {
    for (DateTimeFormatter format : ENGLISH_DATES) {
      try {
        return LocalDate.parse(text, format).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return null;
  }

  private static Instant parseRfc1123(String text) {
    try {
      return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
