package io.parallax.evaluate;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a Python `repr` of a list of strings, as AllSides' crawl stores article
 * bodies (`"['First paragraph.', 'Second…']"`): quoted with ' or ", backslash escapes \\n, \\t,
 * \\xNN, \\uNNNN and escaped quotes decoded. Written here because no Java library reads Python
 * literals; it handles only what such a list holds.
 */
final class PythonStrings {
  private PythonStrings() {}

  static List<String> of(String repr) {
    List<String> strings = new ArrayList<>();
    int i = 0;
    while (i < repr.length()) {
      char quote = repr.charAt(i);
      if (quote != '\'' && quote != '"') {
        i++;
        continue;
      }
      StringBuilder value = new StringBuilder();
      i++;
      while (i < repr.length() && repr.charAt(i) != quote) {
        char c = repr.charAt(i);
        if (c == '\\' && i + 1 < repr.length()) {
          char e = repr.charAt(i + 1);
          switch (e) {
            case 'n' -> value.append('\n');
            case 't' -> value.append('\t');
            case 'x' -> {
              value.append((char) Integer.parseInt(repr.substring(i + 2, i + 4), 16));
              i += 2;
            }
            case 'u' -> {
              value.append((char) Integer.parseInt(repr.substring(i + 2, i + 6), 16));
              i += 4;
            }
            default -> value.append(e);
          }
          i += 2;
        } else {
          value.append(c);
          i++;
        }
      }
      strings.add(value.toString());
      i++;
    }
    return strings;
  }
}
