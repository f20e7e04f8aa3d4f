package io.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DataDictionaryTest {
  @Test
  void readmeCarriesTheGeneratedDictionary() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int begin = readme.indexOf(DataDictionary.BEGIN_MARKER);
    int end = readme.indexOf(DataDictionary.END_MARKER);

    assertThat(begin).as("README has the data dictionary markers").isNotNegative();
    assertThat(readme.substring(begin, end + DataDictionary.END_MARKER.length()) + "\n")
        .as(
            "README's data dictionary is stale: paste the output of `bin/parallax schema` between the markers")
        .isEqualTo(DataDictionary.markdown(OutputTables.ALL));
  }

  @Test
  void everyColumnIsDocumented() {
    String markdown = DataDictionary.markdown(OutputTables.ALL);
    for (TableSchema table : OutputTables.ALL) {
      assertThat(markdown).contains("`" + table.name() + "`");
      table
          .columns()
          .forEach(
              c -> assertThat(markdown).contains("| `" + c.name() + "` | " + c.type().sqlName()));
    }
  }
}
