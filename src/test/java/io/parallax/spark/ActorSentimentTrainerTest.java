package io.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.errors.UserException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorSentimentTrainerTest {
  @Test
  void aNearTieGoesToTheWeakerPenaltyAndAClearWinnerKeepsItsPlace() {
    // The words model's held-out figures from 0.03 to 30: flat from 1 (index 3) on.
    assertThat(
            ActorSentimentTrainer.weakestWithinTie(
                new double[] {0.629, 0.633, 0.636, 0.654, 0.650, 0.657, 0.658}))
        .isEqualTo(3);
    // The embeddings model's: 3 (index 4) is ahead by more than a tie.
    assertThat(
            ActorSentimentTrainer.weakestWithinTie(
                new double[] {0.663, 0.666, 0.672, 0.677, 0.691, 0.677, 0.658}))
        .isEqualTo(4);
  }

  @Test
  void aModelFileThatCannotBeWrittenIsOneUserError(@TempDir Path dir) throws IOException {
    Path aFile = Files.writeString(dir.resolve("not-a-folder"), "x");

    assertThatThrownBy(
            () ->
                ActorSentimentTrainer.writeModelFile(aFile.resolve("model.tsv"), "intercept\t0\n"))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("not-a-folder")
        .hasMessageContaining("choose another --output");

    ActorSentimentTrainer.writeModelFile(dir.resolve("new/model.tsv"), "intercept\t0\n");
    assertThat(dir.resolve("new/model.tsv")).hasContent("intercept\t0");
  }
}
