package io.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryIdsTest {
  @Test
  void aNewClusterIsNamedByItsEarliestArticleAndTheSameInputGivesTheSameId() {
    List<StoryIds.Member> members =
        List.of(new StoryIds.Member("a", null), new StoryIds.Member("b", null));

    StoryIds.Named named = StoryIds.name(members, new int[] {5, 5});

    assertThat(named.storyOf())
        .containsEntry("a", StoryIds.of("a"))
        .containsEntry("b", StoryIds.of("a"));
    assertThat(StoryIds.of("a")).matches("story-[0-9a-f]{16}").isNotEqualTo(StoryIds.of("b"));
    assertThat(named.merged()).isEmpty();
  }

  @Test
  void aClusterWithEarlierStoriesKeepsTheFirstAndRecordsTheOthersAsMerged() {
    List<StoryIds.Member> members =
        List.of(
            new StoryIds.Member("old1", "story-1"),
            new StoryIds.Member("old2", "story-2"),
            new StoryIds.Member("new", null),
            new StoryIds.Member("other", null));

    StoryIds.Named named = StoryIds.name(members, new int[] {0, 0, 0, 3});

    assertThat(named.storyOf())
        .containsEntry("new", "story-1")
        .containsEntry("old2", "story-1")
        .containsEntry("other", StoryIds.of("other"));
    assertThat(named.merged()).containsExactly(entry("story-1", List.of("story-2")));
  }

  @Test
  void aStoryMergedTwiceOverNightsLivesInTheLastOneAndACycleEnds() {
    // B went into Q on one night, Q into Z on a later one; C into Z directly.
    assertThat(
            StoryIds.current(
                Map.of("story-b", "story-q", "story-q", "story-z", "story-c", "story-z")))
        .containsOnly(
            entry("story-b", "story-z"), entry("story-q", "story-z"), entry("story-c", "story-z"));
    assertThat(StoryIds.current(Map.of("story-x", "story-y", "story-y", "story-x")))
        .containsOnlyKeys("story-x", "story-y");
  }
}
