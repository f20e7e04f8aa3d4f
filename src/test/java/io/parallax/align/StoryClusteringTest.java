package io.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryClusteringTest {
  private static StoryClustering.Link link(int a, int b, double s) {
    return new StoryClustering.Link(a, b, s);
  }

  @Test
  void aChainOfLinksDoesNotGlueItsEndsTogether() {
    // 0-1 and 1-2 are similar, 0 and 2 not at all: single link would make one story of three.
    int[] label = StoryClustering.cluster(3, List.of(link(0, 1, 0.5), link(1, 2, 0.45)), 0.3);

    assertThat(label[0]).isEqualTo(label[1]);
    assertThat(label[2]).isNotEqualTo(label[0]);
  }

  @Test
  void clustersMergeWhileTheirMeanSimilarityReachesTheThreshold() {
    // {0,1} and {2,3} are tight; their four cross pairs average (0.4+0.4+0.2+0.2)/4 = 0.3.
    List<StoryClustering.Link> links =
        List.of(
            link(0, 1, 0.9),
            link(2, 3, 0.9),
            link(0, 2, 0.4),
            link(1, 3, 0.4),
            link(0, 3, 0.2),
            link(1, 2, 0.2));

    assertThat(StoryClustering.cluster(4, links, 0.3)).containsExactly(0, 0, 0, 0);
    assertThat(StoryClustering.cluster(4, links, 0.31)).containsExactly(0, 0, 2, 2);
  }

  @Test
  void anArticleWithNoLinkIsAStoryOfItsOwnLabelledByItsIndex() {
    assertThat(StoryClustering.cluster(3, List.of(link(1, 2, 0.8)), 0.5)).containsExactly(0, 1, 1);
  }

  @Test
  void earlierStoriesStayWholeAndANewArticleCanJoinOrMergeThem() {
    // 0 and 1 were one story yesterday, 2 another; 3 is new and close to both stories.
    int[] yesterday = {7, 7, 9, 3};
    List<StoryClustering.Link> links =
        List.of(
            link(0, 3, 0.6), link(1, 3, 0.6), link(2, 3, 0.6), link(0, 2, 0.3), link(1, 2, 0.3));

    int[] label = StoryClustering.cluster(4, links, 0.3, yesterday);

    assertThat(label).containsExactly(0, 0, 0, 0);
    // With a higher bar the new article joins the closer pair only; the old story 0-1 stays whole.
    assertThat(
            StoryClustering.cluster(4, List.of(link(0, 3, 0.6), link(1, 3, 0.6)), 0.5, yesterday))
        .containsExactly(0, 0, 2, 0);
  }

  @Test
  void oneEventOfFiveThousandArticlesIsOneStoryWithoutAllPairs() {
    // Issue 8's skewed case: one huge event, each article linked to 30 others of it (seed 7).
    // The clustering keeps an n x n table of sums but no longer rescans it per merge (O(n^2)).
    int articles = 5000;
    java.util.Random random = new java.util.Random(7);
    List<StoryClustering.Link> links = new java.util.ArrayList<>();
    for (int a = 0; a < articles; a++) {
      for (int k = 0; k < 30; k++) {
        links.add(new StoryClustering.Link(a, random.nextInt(articles), 0.5));
      }
    }

    int[] label = StoryClustering.cluster(articles, links, 0.001);

    assertThat(java.util.Arrays.stream(label).distinct()).containsExactly(0);
  }
}
