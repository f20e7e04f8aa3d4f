package io.parallax.spark;

import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;

/**
 * Test-only switch: with {@code spark.parallax.test.fail-first-attempt=annotate} (a Spark setting,
 * or a local property of the submitting thread) the first attempt of the annotate stage's first
 * task fails after its first article, as a lost executor would, so a test can check that Spark's
 * retry writes the same tables as a clean run. Off unless set; costs a field read per article.
 */
final class FaultInjection {
  static final String FAIL_FIRST_ATTEMPT = "spark.parallax.test.fail-first-attempt";

  private FaultInjection() {}

  /** Throws when the switch names this stage and this is task 0's first attempt, record 2 on. */
  static void maybeFail(String stage, long recordsDoneInTask) {
    TaskContext task = TaskContext.get();
    if (task == null
        || task.partitionId() != 0
        || task.attemptNumber() != 0
        || recordsDoneInTask < 1) {
      return;
    }
    SparkEnv env = SparkEnv.get();
    String named = task.getLocalProperty(FAIL_FIRST_ATTEMPT);
    if (named == null && env != null) {
      named = env.conf().get(FAIL_FIRST_ATTEMPT, "");
    }
    if (stage.equals(named)) {
      throw new IllegalStateException(
          "injected failure in the first attempt of "
              + stage
              + " task 0 ("
              + FAIL_FIRST_ATTEMPT
              + ")");
    }
  }
}
