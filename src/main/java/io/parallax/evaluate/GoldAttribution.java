package io.parallax.evaluate;

import java.util.List;

/**
 * One annotated attribution (PolNeAR): the content's character ranges, the source's (empty when the
 * annotator marked none), and whether the content is a direct quotation (it holds quote marks).
 */
public record GoldAttribution(List<int[]> content, List<int[]> source, boolean direct) {
  public GoldAttribution {
    content = List.copyOf(content);
    source = List.copyOf(source);
  }
}
