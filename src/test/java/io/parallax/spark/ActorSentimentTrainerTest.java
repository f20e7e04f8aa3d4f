package io.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
