package io.parallax.align;

import java.io.Serializable;

/**
 * How articles are aligned into stories (keys `align.*` in conf/parallax.properties, where each is
 * explained with the development figures it was chosen on).
 *
 * @param leadWords body words read after the title
 * @param windowDays articles further apart in publication date are never one story
 * @param decayDays a pair's similarity is scaled by exp(-days apart / decayDays)
 * @param linkThreshold least mean similarity at which two clusters merge
 * @param blockTerms an article's most distinctive terms that candidate pairs are blocked on
 * @param blockMaxArticles a term used by more articles than this is no blocking key
 * @param idfDays earlier articles published this many days back count in document frequencies
 */
public record AlignSettings(
    int leadWords,
    int windowDays,
    double decayDays,
    double linkThreshold,
    int blockTerms,
    int blockMaxArticles,
    int idfDays)
    implements Serializable {

  public static AlignSettings defaults() {
    return new AlignSettings(120, 3, 5.0, 0.15, 10, 1000, 365);
  }

  /**
   * The pair's similarity: the cosine of its vectors scaled by how far apart the articles were
   * published, or -1 when they are further apart than the window. An article without a date is
   * compared by its words alone.
   */
  public double similarity(TermVector a, Integer dayA, TermVector b, Integer dayB) {
    double cosine = a.cosine(b);
    if (dayA == null || dayB == null) {
      return cosine;
    }
    int apart = Math.abs(dayA - dayB);
    return apart > windowDays ? -1 : cosine * Math.exp(-apart / decayDays);
  }
}
