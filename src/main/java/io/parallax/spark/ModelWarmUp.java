package io.parallax.spark;

import io.parallax.annotate.ArticleAnnotator;
import io.parallax.ingest.LinguaLanguageIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the language detector and the CoreNLP pipeline on a background thread while Spark starts
 * and ingest reads, for a run whose executors are this JVM (`local[*]`): the models are cached per
 * JVM, so the tasks that need them find them built. On a cluster the executors are other JVMs and
 * load their own; there it does nothing. A failure here is only logged: the task that needs the
 * model builds it again and reports the error where it belongs.
 */
final class ModelWarmUp {
  private static final Logger LOG = LoggerFactory.getLogger(ModelWarmUp.class);

  private ModelWarmUp() {}

  /** Starts loading when {@code master} runs tasks in this JVM and there is input to read. */
  static void startIfLocal(String master, boolean hasInput, boolean metonymy, boolean embeddings) {
    if (master == null || !master.startsWith("local") || !hasInput) {
      return;
    }
    Thread loader =
        new Thread(
            () -> {
              long t0 = System.nanoTime();
              try {
                LinguaLanguageIdentifier.INSTANCE.identify(
                    "Models load while Spark starts, so that the first article does not wait.");
                new ArticleAnnotator(metonymy, embeddings);
                LOG.info(
                    "models loaded ahead of the tasks in {} s", (System.nanoTime() - t0) / 1e9);
              } catch (RuntimeException | LinkageError e) {
                LOG.warn("loading models ahead failed ({}); the tasks load them", e.toString());
              }
            },
            "parallax-model-warm-up");
    loader.setDaemon(true);
    loader.setPriority(Thread.NORM_PRIORITY - 1);
    loader.start();
  }
}
