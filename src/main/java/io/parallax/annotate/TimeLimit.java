package io.parallax.annotate;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one document's annotation with a time limit, so that a pathological text cannot hang a task.
 * The work runs on a daemon worker thread while the caller waits; past the limit the worker is
 * interrupted (CoreNLP's annotators check for interruption) and the caller gets {@link Exceeded}.
 * Work that ignores the interruption is abandoned, and the caller goes on.
 *
 * <p>Each calling thread (a Spark task's) has a worker of its own, reused from one document to the
 * next and replaced once it has been abandoned. A worker shared by all callers is measurably
 * slower: with two callers on a two-core machine, annotation through one shared pool ran at
 * 0.78–0.96 of the articles/s of annotating in the callers' own threads, through a worker per
 * caller at 1.00 (the sample corpus four times, rounds of one process, 2026-11-24). One caller
 * loses nothing either way, so what costs is most likely the scheduler waking a pooled thread on a
 * busy core.
 */
public final class TimeLimit {
  /** A worker left idle this long ends; the next document of its caller starts another. */
  private static final long IDLE_SECONDS = 30;

  private static final AtomicInteger WORKERS_STARTED = new AtomicInteger();

  private static final ThreadLocal<ThreadPoolExecutor> WORKER =
      ThreadLocal.withInitial(TimeLimit::newWorker);

  /** The work took longer than the limit. */
  public static final class Exceeded extends Exception {
    Exceeded(long limitMillis) {
      super("annotation took longer than " + limitMillis + " ms", null, false, false);
    }
  }

  private TimeLimit() {}

  /**
   * The work's result, or {@link Exceeded} after {@code limitMillis}. A runtime failure of the work
   * is rethrown as it was, and so is an {@link Error} (out of memory), which no caller may take for
   * a bad document.
   */
  public static <T> T run(Callable<T> work, long limitMillis) throws Exceeded {
    Future<T> future = WORKER.get().submit(work);
    try {
      return future.get(limitMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      abandon(future);
      throw new Exceeded(limitMillis);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof StackOverflowError overflow) {
        // One document's depth (a pathological parse): that document's failure, as it will fail
        // the same way on every retry, while the stack it used is gone with the worker's frames.
        throw new IllegalStateException("stack overflow annotating the document", overflow);
      }
      if (e.getCause() instanceof Error error) {
        // Out of memory, a stack overflow: the JVM's trouble, not the document's. It fails the
        // task (Spark retries it), never passes as one bad article.
        abandon(future);
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      abandon(future);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while annotating", e);
    }
  }

  /** Interrupts the work and leaves its worker to it: the caller's next document gets a new one. */
  private static void abandon(Future<?> future) {
    future.cancel(true);
    WORKER.get().shutdown();
    WORKER.remove();
  }

  private static ThreadPoolExecutor newWorker() {
    String name = "parallax-annotate-" + WORKERS_STARTED.incrementAndGet();
    ThreadPoolExecutor worker =
        new ThreadPoolExecutor(
            1,
            1,
            IDLE_SECONDS,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread thread = new Thread(r, name);
              thread.setDaemon(true);
              return thread;
            });
    worker.allowCoreThreadTimeOut(true);
    return worker;
  }
}
