package io.parallax.compare;

import io.parallax.annotate.SentenceEmbeddings;
import io.parallax.annotate.SentenceSplitter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Features of an article for the five generic news frames from sentence embeddings ({@link
 * SentenceEmbeddings}), for `compare.frames.embeddings=true`: the mean of its sentences' embeddings
 * (where the article as a whole lies), and for each cue in {@link #CUES} how close its sentences
 * come to it: the closest sentence's cosine, the mean of the three closest, and the mean over all
 * sentences. The cues paraphrase the twenty questions of Semetko and Valkenburg's (2000, "Framing
 * European politics", J. Communication 50(2)) frame codebook as statements a news sentence could
 * make; they carry what a few hundred labelled articles cannot teach about rare frames.
 */
public final class FrameEmbeddingFeatures {
  /** A statement in the words of news that a frame's codebook question asks about. */
  public record Cue(String frame, String statement) {}

  /** Four to five cues per frame, in the codebook's order. */
  public static final List<Cue> CUES =
      List.of(
          new Cue("resolution", "The government has the power to fix this problem."),
          new Cue("resolution", "The government is to blame for the problem."),
          new Cue("resolution", "Here is a solution that would solve the problem."),
          new Cue(
              "resolution", "These people and companies are responsible for causing the problem."),
          new Cue("resolution", "Urgent action is needed right now."),
          new Cue(
              "human_interest", "She told the story of her own family and how her life changed."),
          new Cue(
              "human_interest", "It was heartbreaking, tragic and moving to see their suffering."),
          new Cue("human_interest", "Ordinary people and communities are hurt by this."),
          new Cue("human_interest", "He spoke about his private life, his children and his home."),
          new Cue("human_interest", "Residents lost their homes and families grieve."),
          new Cue("conflict", "The two sides strongly disagree with each other."),
          new Cue("conflict", "Critics attacked and accused their opponents."),
          new Cue("conflict", "Opponents and supporters argue over the issue."),
          new Cue("conflict", "There are winners and losers in this fight."),
          new Cue("moral", "It is our moral duty to do what is right."),
          new Cue("moral", "God and faith call us to care for creation."),
          new Cue("moral", "People should change how they live and behave."),
          new Cue("economic", "The company lost millions of dollars."),
          new Cue("economic", "The plan will cost billions of dollars."),
          new Cue("economic", "The policy will hurt the economy and jobs."));

  /**
   * A longer sentence is cut here before encoding: the encoder reads at most 256 word pieces, and a
   * run-on "sentence" (a list, a table flattened to text) says little more past its start.
   */
  static final int MAX_SENTENCE_CHARS = 600;

  /**
   * An article's sentences past this many are left out: about 4,000 words, beyond any news report,
   * so a dump that passed ingest costs a bounded time.
   */
  static final int MAX_SENTENCES = 200;

  /** The cue features: each cue's closest sentence, mean of the three closest, mean of all. */
  private static final int CLOSEST = 3;

  private FrameEmbeddingFeatures() {}

  /**
   * The sentences to encode: those of the annotate stage ({@link SentenceSplitter}: CoreNLP's
   * splitter, a line break always ends one), each at most {@link #MAX_SENTENCE_CHARS} characters,
   * at most {@link #MAX_SENTENCES}.
   */
  public static List<String> sentences(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return SentenceSplitter.split(text).stream()
        .limit(MAX_SENTENCES)
        .map(s -> s.length() > MAX_SENTENCE_CHARS ? s.substring(0, MAX_SENTENCE_CHARS) : s)
        .toList();
  }

  /** The features of one article: its sentences encoded here, in the calling thread. */
  public static Map<String, Double> of(String text) {
    return ofAll(List.of(text == null ? "" : text)).get(0);
  }

  /**
   * The features of each text, in order; all sentences are encoded in one batch (progress logged).
   */
  public static List<Map<String, Double>> ofAll(List<String> texts) {
    List<String> all = new ArrayList<>();
    int[] ends = new int[texts.size()];
    for (int t = 0; t < texts.size(); t++) {
      all.addAll(sentences(texts.get(t)));
      ends[t] = all.size();
    }
    float[][] embeddings = SentenceEmbeddings.of(all);
    List<Map<String, Double>> features = new ArrayList<>();
    for (int t = 0, start = 0; t < texts.size(); start = ends[t], t++) {
      features.add(of(Arrays.copyOfRange(embeddings, start, ends[t]), CueEmbeddings.OF_CUES));
    }
    return features;
  }

  /**
   * The features from an article's sentence embeddings (unit length) and the cues' embeddings:
   * {@code fe:0..} the mean embedding; {@code fc:max:i}, {@code fc:top3:i}, {@code fc:mean:i} the
   * cosine of cue i with the closest sentence, the mean of the three closest (fewer when the
   * article has fewer), and the mean over all sentences. An article without sentences has all
   * zeros.
   */
  static Map<String, Double> of(float[][] sentences, float[][] cues) {
    int dimensions = cues.length == 0 ? 0 : cues[0].length;
    Map<String, Double> features = new LinkedHashMap<>();
    double[] mean = new double[dimensions];
    for (float[] s : sentences) {
      for (int d = 0; d < dimensions; d++) {
        mean[d] += s[d] / (double) sentences.length;
      }
    }
    for (int d = 0; d < dimensions; d++) {
      features.put("fe:" + d, mean[d]);
    }
    for (int c = 0; c < cues.length; c++) {
      double[] cosines = new double[sentences.length];
      for (int i = 0; i < sentences.length; i++) {
        cosines[i] = SentenceEmbeddings.cosine(sentences[i], cues[c]);
      }
      Arrays.sort(cosines);
      int n = cosines.length;
      double top = 0;
      for (int k = 1; k <= Math.min(CLOSEST, n); k++) {
        top += cosines[n - k];
      }
      features.put("fc:max:" + c, n == 0 ? 0 : cosines[n - 1]);
      features.put("fc:top3:" + c, n == 0 ? 0 : top / Math.min(CLOSEST, n));
      features.put("fc:mean:" + c, n == 0 ? 0 : Arrays.stream(cosines).sum() / n);
    }
    return features;
  }

  private static final class CueEmbeddings {
    static final float[][] OF_CUES =
        SentenceEmbeddings.of(CUES.stream().map(Cue::statement).toList());
  }
}
