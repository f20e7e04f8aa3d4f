package io.parallax;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule of STYLE.md: the pure core imports neither Spark nor CoreNLP; Spark stays at
 * the edge.
 */
class DependencyRuleTest {
  private static final JavaClasses PARALLAX =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.parallax");

  @Test
  void pureCoreUsesNeitherSparkNorCoreNlp() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.parallax.ingest..",
            "io.parallax.align..",
            "io.parallax.compare..",
            "io.parallax.report..",
            "io.parallax.config..",
            "io.parallax.errors..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.spark..", "org.apache.hadoop..", "edu.stanford.nlp..", "scala..")
        .check(PARALLAX);
  }

  @Test
  void pureCoreDoesNotReachIntoTheAdapters() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.parallax.ingest..",
            "io.parallax.align..",
            "io.parallax.compare..",
            "io.parallax.report..",
            "io.parallax.config..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.parallax.spark..", "io.parallax.cli..")
        .check(PARALLAX);
  }
}
