package io.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.spark.ModuleOptionsFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The schedule definitions in jobs/ stay runnable: their arguments are ones `parallax run` accepts,
 * and their JVM flags are Spark's module flags from conf/java-module-options.
 */
class JobDefinitionsTest {
  private static final Path KUBERNETES = Path.of("jobs/kubernetes/parallax-nightly.yaml");
  private static final Path AIRFLOW = Path.of("jobs/airflow/parallax_nightly.py");

  @Test
  void theKubernetesApplicationPassesArgumentsRunAcceptsAndEveryModuleFlag() throws IOException {
    List<String> lines = Files.readAllLines(KUBERNETES);
    List<String> arguments = new ArrayList<>();
    boolean inArguments = false;
    for (String line : lines) {
      if (line.strip().equals("arguments:")) {
        inArguments = true;
      } else if (inArguments && line.strip().startsWith("- ")) {
        arguments.add(line.strip().substring(2).replace("\"", ""));
      } else if (inArguments) {
        inArguments = false;
      }
    }

    assertThat(arguments).startsWith("run").contains("--date", "yesterday");
    // The config map holds conf/parallax.properties at /etc/parallax.
    String[] runArguments =
        arguments.subList(1, arguments.size()).stream()
            .map(a -> a.replace("/etc/parallax/", "conf/"))
            .toArray(String[]::new);
    RunCommand run = new RunCommand();
    new CommandLine(run).parseArgs(runArguments);
    assertThat(run.request().inputs()).singleElement().asString().doesNotContain("{date}");

    String yaml = String.join("\n", lines);
    assertThat(yaml).contains("mainClass: io.parallax.cli.Main", "concurrencyPolicy: Forbid");
    List<String> javaOptions =
        lines.stream().filter(l -> l.strip().startsWith("javaOptions:")).toList();
    assertThat(javaOptions).hasSize(2);
    javaOptions.forEach(options -> assertThat(options).contains(ModuleOptionsFile.flags()));
  }

  @Test
  void theAirflowDagReadsTheModuleFlagsAndRunsOneDayAtATime() throws IOException {
    String dag = Files.readString(AIRFLOW);

    assertThat(dag)
        .contains("SparkSubmitOperator", "java_class=\"io.parallax.cli.Main\"")
        .contains("\"java-module-options\"", "max_active_runs=1")
        .contains("\"--date\", \"{{ ds }}\"");
  }
}
