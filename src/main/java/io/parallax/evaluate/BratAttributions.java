package io.parallax.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads PolNeAR's brat standoff (`attributions/*.ann`): text-bound lines `T<n>\tType begin
 * end[;begin end]\ttext` and event lines `E<n>\tAttribution:T<a> Content:T<c> Cue:T<q>
 * Source:T<s>`. Newell, Margolin & Ruths, "An Attribution Relations Corpus for Political News",
 * LREC 2018.
 */
public final class BratAttributions {
  private static final String QUOTE_MARKS = "\"“”«»";

  private BratAttributions() {}

  public static List<GoldAttribution> parse(String ann, String text) {
    Map<String, List<int[]>> spans = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    for (String line : ann.split("\n")) {
      String[] fields = line.split("\t");
      if (fields.length < 2) {
        continue;
      }
      if (fields[0].startsWith("T")) {
        String[] typeAndRanges = fields[1].split(" ", 2);
        List<int[]> ranges = new ArrayList<>();
        for (String range : typeAndRanges[1].split(";")) {
          String[] ends = range.trim().split(" ");
          ranges.add(new int[] {Integer.parseInt(ends[0]), Integer.parseInt(ends[1])});
        }
        spans.put(fields[0], ranges);
      } else if (fields[0].startsWith("E")) {
        events.add(fields[1].split(" "));
      }
    }
    List<GoldAttribution> attributions = new ArrayList<>();
    for (String[] event : events) {
      List<int[]> content = new ArrayList<>();
      List<int[]> source = new ArrayList<>();
      for (String role : event) {
        String[] roleAndId = role.split(":");
        List<int[]> ranges = spans.getOrDefault(roleAndId[1], List.of());
        if (roleAndId[0].startsWith("Content")) {
          content.addAll(ranges);
        } else if (roleAndId[0].startsWith("Source")) {
          source.addAll(ranges);
        }
      }
      if (!content.isEmpty()) {
        attributions.add(new GoldAttribution(content, source, holdsQuoteMark(content, text)));
      }
    }
    return attributions;
  }

  private static boolean holdsQuoteMark(List<int[]> ranges, String text) {
    for (int[] range : ranges) {
      for (int i = range[0]; i < Math.min(range[1], text.length()); i++) {
        if (QUOTE_MARKS.indexOf(text.charAt(i)) >= 0) {
          return true;
        }
      }
    }
    return false;
  }
}
