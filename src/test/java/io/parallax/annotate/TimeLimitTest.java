package io.parallax.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TimeLimitTest {
  @Test
  void resultComesBackWithinTheLimit() throws Exception {
    assertThat(TimeLimit.run(() -> "done", 10_000)).isEqualTo("done");
  }

  @Test
  void workThatNeverFinishesIsCutOffAndInterrupted() throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);

    assertThatThrownBy(
            () ->
                TimeLimit.run(
                    () -> {
                      try {
                        new CountDownLatch(1).await();
                      } catch (InterruptedException e) {
                        interrupted.countDown();
                      }
                      return "never";
                    },
                    50))
        .isInstanceOf(TimeLimit.Exceeded.class)
        .hasMessageContaining("50 ms");
    assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void failuresOfTheWorkPassThrough() {
    assertThatThrownBy(
            () ->
                TimeLimit.run(
                    () -> {
                      throw new IllegalArgumentException("bad text");
                    },
                    10_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad text");
  }

  @Test
  void oneCallerKeepsItsWorkerFromDocumentToDocumentAndAnotherCallerHasItsOwn() throws Exception {
    String first = workerName();
    String second = workerName();
    String otherCallers = CompletableFuture.supplyAsync(TimeLimitTest::workerName).get();

    assertThat(second).isEqualTo(first).startsWith("parallax-annotate-");
    assertThat(otherCallers).isNotEqualTo(first);
  }

  @Test
  void workThatIgnoresTheInterruptionIsLeftBehindAndTheNextDocumentRunsOnANewWorker()
      throws Exception {
    String before = workerName();
    CountDownLatch release = new CountDownLatch(1);
    try {
      assertThatThrownBy(
              () ->
                  TimeLimit.run(
                      () -> {
                        // Deaf to interruption, as a runaway loop would be.
                        while (!release.await(10, TimeUnit.MILLISECONDS)) {
                          Thread.interrupted();
                        }
                        return "late";
                      },
                      50))
          .isInstanceOf(TimeLimit.Exceeded.class);

      assertThat(TimeLimit.run(() -> "next", 10_000)).isEqualTo("next");
      assertThat(workerName()).isNotEqualTo(before);
    } finally {
      release.countDown();
    }
  }

  /** The name of the thread the calling thread's work runs on. */
  private static String workerName() {
    try {
      return TimeLimit.run(() -> Thread.currentThread().getName(), 10_000);
    } catch (TimeLimit.Exceeded e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void anErrorOfTheJvmIsRethrownAsItselfNotAsAFailureOfTheDocument() throws Exception {
    assertThatThrownBy(
            () ->
                TimeLimit.run(
                    () -> {
                      throw new OutOfMemoryError("Java heap space");
                    },
                    10_000))
        .isExactlyInstanceOf(OutOfMemoryError.class);
    assertThat(TimeLimit.run(() -> "next", 10_000)).isEqualTo("next");
  }
}
