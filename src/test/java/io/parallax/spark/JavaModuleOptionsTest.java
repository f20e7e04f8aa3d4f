package io.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

/**
 * The JVM flags Spark needs are listed in the pom (tests) and conf/ (launchers); both must match
 * Spark's.
 */
class JavaModuleOptionsTest {
  private static final List<String> SPARK =
      Arrays.asList(JavaModuleOptions.defaultModuleOptionArray());

  @Test
  void launcherFlagsAreSparks() throws IOException {
    assertThat(ModuleOptionsFile.flags()).containsExactlyElementsOf(SPARK);
  }

  @Test
  void testFlagsInThePomAreSparks() throws IOException {
    Matcher property =
        Pattern.compile("<spark.module.options>(.*?)</spark.module.options>", Pattern.DOTALL)
            .matcher(Files.readString(Path.of("pom.xml")));

    assertThat(property.find()).isTrue();
    assertThat(Arrays.asList(property.group(1).strip().split("\\s+")))
        .containsExactlyElementsOf(SPARK);
  }
}
