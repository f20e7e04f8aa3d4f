package io.parallax.align;

import java.io.Serializable;

/**
 * How articles are aligned into stories (keys `align.*` in conf/parallax.properties, where each is
 * explained with the development figures it was chosen on).
 *
 * @param leadWords body words read after the title
 * @param windowDays articles further apart in publication date are never one story
 * @param decayDays a pair's similarity is scaled by exp(-days apart / decayDays)
 * @param undatedDays a pair with an article of unknown date is scaled as if this many days apart
 * @param linkThreshold least mean similarity at which two clusters merge
 * @param blockTerms an article's most distinctive terms that candidate pairs are blocked on
 * @param blockMaxArticles a term used by more articles than this is no blocking key
 * @param idfDays earlier articles published this many days back count in document frequencies
 */
public record AlignSettings(
    int leadWords,
    int windowDays,
    double decayDays,
    double undatedDays,
    double linkThreshold,
    int blockTerms,
    int blockMaxArticles,
    int idfDays)
    implements Serializable {

  public static AlignSettings defaults() {
    return new AlignSettings(120, 3, 3.0, 1.0, 0.08, 20, 1000, 365);
  }

  /**
   * The pair's similarity: the cosine of its vectors scaled by how far apart the articles were
   * published, or -1 when they are further apart than the window. A pair where either date is
   * unknown may have been published on the same day or years apart (two earthquakes in one place),
   * so its words must make up for the missing date: it is scaled as if {@code undatedDays} apart,
   * and never dropped, since nothing says it is outside the window.
   */
  public double similarity(TermVector a, Integer dayA, TermVector b, Integer dayB) {
    double cosine = a.cosine(b);
    if (dayA == null || dayB == null) {
      return cosine * Math.exp(-undatedDays / decayDays);
    }
    int apart = Math.abs(dayA - dayB);
    return apart > windowDays ? -1 : cosine * Math.exp(-apart / decayDays);
  }
}
