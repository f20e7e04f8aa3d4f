package io.parallax.annotate;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one document's annotation with a time limit, so that a pathological text cannot hang a task.
 * The work runs on a daemon thread of a per-JVM pool; past the limit the thread is interrupted
 * (CoreNLP's annotators check for interruption) and the caller gets {@link Exceeded}.
 */
public final class TimeLimit {
  private static final ExecutorService WORKERS =
      Executors.newCachedThreadPool(
          r -> {
            Thread thread = new Thread(r, "parallax-annotate");
            thread.setDaemon(true);
            return thread;
          });

  /** The work took longer than the limit. */
  public static final class Exceeded extends Exception {
    Exceeded(long limitMillis) {
      super("annotation took longer than " + limitMillis + " ms", null, false, false);
    }
  }

  private TimeLimit() {}

  /**
   * The work's result, or {@link Exceeded} after {@code limitMillis}. A runtime failure of the work
   * is rethrown as it was.
   */
  public static <T> T run(Callable<T> work, long limitMillis) throws Exceeded {
    Future<T> future = WORKERS.submit(work);
    try {
      return future.get(limitMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new Exceeded(limitMillis);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while annotating", e);
    }
  }
}
