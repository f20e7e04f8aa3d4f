package io.parallax.spark;

/**
 * How many tasks a stage is split into, from the size of its input: never fewer than the cluster
 * can run at once several times over (uneven tasks balance, progress has something to count), and
 * more as the input grows, so a task's share of a large run stays the same size as in a small one.
 */
final class TaskSizing {
  /**
   * Tasks per core for stages whose work per record is heavy (language identification, CoreNLP).
   */
  static final int TASKS_PER_CORE = 4;

  /**
   * Input bytes per ingest task: a few thousand JSON articles, or a part of a WARC file's pages.
   */
  static final long INGEST_BYTES_PER_TASK = 8L << 20;

  /** Articles per shuffle partition of the compare stage (about 25 sentences each). */
  static final long ARTICLES_PER_SHUFFLE_PARTITION = 1_000;

  /** More tasks than this cost more in scheduling than they save. */
  static final int MAX_TASKS = 20_000;

  private TaskSizing() {}

  /**
   * Tasks for a heavy stage: {@code max(parallelism x TASKS_PER_CORE, ceil(units / perTask))}, at
   * most {@link #MAX_TASKS}.
   */
  static int heavyStage(long units, long unitsPerTask, int parallelism) {
    return atLeast(units, unitsPerTask, parallelism * TASKS_PER_CORE);
  }

  /** {@code max(floor, ceil(units / perTask))}, at most {@link #MAX_TASKS} (floor aside). */
  static int atLeast(long units, long unitsPerTask, int floor) {
    if (units < 0 || unitsPerTask < 1 || floor < 1) {
      throw new IllegalArgumentException(
          "units " + units + ", per task " + unitsPerTask + ", floor " + floor);
    }
    long bySize = Math.min(MAX_TASKS, (units + unitsPerTask - 1) / unitsPerTask);
    return (int) Math.max(floor, bySize);
  }
}
