package io.parallax.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The free forms in which article pages state their date, as a crawl finds them: "November 19,
 * 2019, 07:47 PM EST", "Tue 19 Nov 2019 14.30 GMT", "Published: Nov. 19, 2019 at 7:47 p.m. ET",
 * "19/11/2019" is not among them (day and month order cannot be told). A time without a zone is
 * read as UTC; the zone abbreviations news sites print are mapped to their offsets ("ET", "PT" to
 * the US zones, with daylight saving).
 */
final class EnglishDateTime {
  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String TIME =
      "(?:,?\\s+(?:at\\s+)?(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?\\s*([ap])?\\.?(?:m\\.?)?)?"
          + "(?:\\s*\\(?([a-z]{1,5}|[+-]\\d{2}:?\\d{2})\\)?)?";
  private static final String PREFIX =
      "^(?:(?:published|updated|posted|last updated|first published)\\s*(?:on|:)?\\s*)?"
          + "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
  private static final Pattern MONTH_FIRST =
      Pattern.compile(
          PREFIX + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME + "\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_FIRST =
      Pattern.compile(
          PREFIX + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})" + TIME + "\\s*$",
          Pattern.CASE_INSENSITIVE);

  private static final Map<String, ZoneId> ZONES =
      Map.ofEntries(
          Map.entry("utc", ZoneOffset.UTC),
          Map.entry("gmt", ZoneOffset.UTC),
          Map.entry("z", ZoneOffset.UTC),
          Map.entry("est", ZoneOffset.ofHours(-5)),
          Map.entry("edt", ZoneOffset.ofHours(-4)),
          Map.entry("et", ZoneId.of("America/New_York")),
          Map.entry("cst", ZoneOffset.ofHours(-6)),
          Map.entry("cdt", ZoneOffset.ofHours(-5)),
          Map.entry("ct", ZoneId.of("America/Chicago")),
          Map.entry("mst", ZoneOffset.ofHours(-7)),
          Map.entry("mdt", ZoneOffset.ofHours(-6)),
          Map.entry("mt", ZoneId.of("America/Denver")),
          Map.entry("pst", ZoneOffset.ofHours(-8)),
          Map.entry("pdt", ZoneOffset.ofHours(-7)),
          Map.entry("pt", ZoneId.of("America/Los_Angeles")),
          Map.entry("bst", ZoneOffset.ofHours(1)),
          Map.entry("cet", ZoneOffset.ofHours(1)),
          Map.entry("cest", ZoneOffset.ofHours(2)),
          Map.entry("eet", ZoneOffset.ofHours(2)),
          Map.entry("eest", ZoneOffset.ofHours(3)),
          Map.entry("msk", ZoneOffset.ofHours(3)),
          Map.entry("ist", ZoneOffset.ofHoursMinutes(5, 30)),
          Map.entry("sgt", ZoneOffset.ofHours(8)),
          Map.entry("hkt", ZoneOffset.ofHours(8)),
          Map.entry("jst", ZoneOffset.ofHours(9)),
          Map.entry("kst", ZoneOffset.ofHours(9)),
          Map.entry("aest", ZoneOffset.ofHours(10)),
          Map.entry("aedt", ZoneOffset.ofHours(11)));

  private EnglishDateTime() {}

  /** The instant, or null when the text is in none of these forms. */
  static Instant parse(String text) {
    String value = text.strip().replace('\u00a0', ' ');
    Matcher m = MONTH_FIRST.matcher(value);
    if (m.matches()) {
      return instant(m.group(3), m.group(1), m.group(2), m, 4);
    }
    m = DAY_FIRST.matcher(value);
    if (m.matches()) {
      return instant(m.group(3), m.group(2), m.group(1), m, 4);
    }
    return null;
  }

  private static Instant instant(String year, String month, String day, Matcher m, int timeAt) {
    try {
      int hour = m.group(timeAt) == null ? 0 : Integer.parseInt(m.group(timeAt));
      int minute = m.group(timeAt + 1) == null ? 0 : Integer.parseInt(m.group(timeAt + 1));
      int second = m.group(timeAt + 2) == null ? 0 : Integer.parseInt(m.group(timeAt + 2));
      String half = m.group(timeAt + 3);
      if (half != null) {
        if (hour < 1 || hour > 12) {
          return null;
        }
        hour = hour % 12 + (half.equalsIgnoreCase("p") ? 12 : 0);
      }
      LocalDateTime local =
          LocalDateTime.of(
              Integer.parseInt(year),
              monthNumber(month),
              Integer.parseInt(day),
              hour,
              minute,
              second);
      String zone = m.group(timeAt + 4);
      if (zone == null) {
        return local.toInstant(ZoneOffset.UTC);
      }
      if (zone.startsWith("+") || zone.startsWith("-")) {
        return local.toInstant(
            ZoneOffset.of(
                zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone));
      }
      ZoneId id = ZONES.get(zone.toLowerCase(Locale.ROOT));
      return id == null ? null : local.atZone(id).toInstant();
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static int monthNumber(String name) {
    String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
    return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(key) / 3 + 1;
  }
}
