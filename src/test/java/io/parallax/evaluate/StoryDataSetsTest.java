package io.parallax.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.parallax.errors.UserException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryDataSetsTest {
  @TempDir Path dir;

  @Test
  void basilArticlesTakeTheirEventFromTheFileNameAndTheirTextFromTheSentences() throws IOException {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(
        articles.resolve("7_fox.json"),
        "{\"source\":\"fox\",\"title\":\"T\",\"date\":\"2012-08-15\","
            + "\"body\":[{\"sentence\":\"One.\"},{\"sentence\":\"Two.\"}]}");

    List<StoryDataSets.StoryArticle> read =
        StoryDataSets.read(dir, StoryDataSets.Format.parse("basil"));

    assertThat(read)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.gold()).isEqualTo("basil-7");
              assertThat(a.text()).isEqualTo("One.\nTwo.\n");
              assertThat(a.date()).isEqualTo(LocalDate.of(2012, 8, 15));
            });
  }

  @Test
  void allSidesGivesEachSideOfAStoryTheStoryAsGold() throws IOException {
    Files.writeString(
        dir.resolve("stories.jsonl"),
        "{\"id\":\"5607\",\"date\":\"2021-10-18T16:15:00-07:00\",\"news\":{"
            + "\"left\":{\"newsSource\":\"CNN\",\"newsTitle\":\"A\",\"newBody\":\"['x.', 'y.']\"},"
            + "\"right\":{\"newsSource\":\"Fox\",\"newsTitle\":\"B\",\"newBody\":\"['z.']\"}}}\n");

    List<StoryDataSets.StoryArticle> read =
        StoryDataSets.read(dir, StoryDataSets.Format.parse("allsides"));

    assertThat(read)
        .extracting(StoryDataSets.StoryArticle::outlet, StoryDataSets.StoryArticle::text)
        .containsExactly(tuple("CNN", "x.\ny."), tuple("Fox", "z."));
    assertThat(read).extracting(StoryDataSets.StoryArticle::gold).containsOnly("allsides-5607");
  }

  @Test
  void aDirectoryWithoutTheLayoutIsAUserError() {
    assertThatThrownBy(() -> StoryDataSets.read(dir, StoryDataSets.Format.ECBPLUS))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("ECB+");
  }
}
