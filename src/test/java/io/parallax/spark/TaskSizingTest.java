package io.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TaskSizingTest {
  @Test
  void aSmallInputStillGetsSeveralTasksPerCore() {
    assertThat(TaskSizing.heavyStage(100, 200, 2)).isEqualTo(2 * TaskSizing.TASKS_PER_CORE);
    assertThat(TaskSizing.heavyStage(0, 200, 16)).isEqualTo(16 * TaskSizing.TASKS_PER_CORE);
  }

  @Test
  void aLargeInputGetsTasksOfTheSameSizeAsASmallOne() {
    assertThat(TaskSizing.heavyStage(100_000, 200, 2)).isEqualTo(500);
    assertThat(TaskSizing.heavyStage(100_001, 200, 2)).isEqualTo(501);
    assertThat(TaskSizing.heavyStage(200_000, 200, 2)).isEqualTo(1_000);
  }

  @Test
  void taskCountIsCappedButNeverBelowTheFloor() {
    assertThat(TaskSizing.atLeast(Long.MAX_VALUE, 1, 4)).isEqualTo(TaskSizing.MAX_TASKS);
    assertThat(TaskSizing.atLeast(10, 1, TaskSizing.MAX_TASKS + 5))
        .isEqualTo(TaskSizing.MAX_TASKS + 5);
    assertThatThrownBy(() -> TaskSizing.atLeast(10, 0, 4))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
