package io.parallax.cli;

import io.parallax.evaluate.ActorEvaluation;
import io.parallax.evaluate.ActorSentimentEvaluation;
import io.parallax.evaluate.DataSetNames;
import io.parallax.evaluate.MainTextEvaluation;
import io.parallax.evaluate.OmissionEvaluation;
import io.parallax.evaluate.QuoteEvaluation;
import io.parallax.evaluate.StoryDataSets;
import io.parallax.spark.AlignEvaluation;
import io.parallax.spark.BiasSentenceEvaluation;
import io.parallax.spark.FrameEvaluation;
import io.parallax.spark.GroupEvaluation;
import io.parallax.spark.SparkSessions;
import io.parallax.spark.StopWords;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `parallax evaluate`: quality figures on labelled data; each subcommand's last line is
 * `<capability> <data set> n=<items> <metric>=<value> ...`.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Scores a capability on labelled data and prints the figures.",
    subcommands = {
      EvaluateCommand.Quotes.class,
      EvaluateCommand.ActorSentiment.class,
      EvaluateCommand.Actors.class,
      EvaluateCommand.Stories.class,
      EvaluateCommand.Groups.class,
      EvaluateCommand.OmissionsOfBasil.class,
      EvaluateCommand.OmissionPairs.class,
      EvaluateCommand.Frames.class,
      EvaluateCommand.BiasSentences.class,
      EvaluateCommand.MainText.class
    })
final class EvaluateCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static void print(picocli.CommandLine.Model.CommandSpec spec, List<String> lines) {
    lines.forEach(spec.commandLine().getOut()::println);
    spec.commandLine().getOut().flush();
  }

  /** Prints what {@code work} returns, run in a local Spark session of its own, stopped after. */
  static void printInLocalSession(
      picocli.CommandLine.Model.CommandSpec spec,
      java.util.function.Function<SparkSession, List<String>> work) {
    SparkSession spark = SparkSessions.local();
    try {
      print(spec, work.apply(spark));
    } finally {
      spark.stop();
    }
  }

  /** `parallax evaluate quotes`. */
  @Command(
      name = "quotes",
      mixinStandardHelpOptions = true,
      description = {
        "Quotations and their speakers against PolNeAR-style attributions: content word",
        "precision/recall/F1 and speaker accuracy, direct and indirect apart."
      })
  static final class Quotes implements Runnable {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--data",
        required = true,
        paramLabel = "DIR",
        description = "A directory with text/ and attributions/, e.g. ../shared/data/polnear/dev.")
    Path data;

    @Override
    public void run() {
      print(spec, QuoteEvaluation.run(data));
    }
  }

  /** `parallax evaluate main-text`. */
  @Command(
      name = "main-text",
      mixinStandardHelpOptions = true,
      description = {
        "The main text ingest keeps of real article pages (WARC reader, then cleaning) against",
        "people's reading, by the article extraction benchmark's 4-token shingle F1, beside the",
        "whole page's text; and where each page's date came from."
      })
  static final class MainText implements Runnable {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--data",
        required = true,
        paramLabel = "DIR",
        description = "ground-truth.json and html/, e.g. ../shared/data/real-feeds/aeb.")
    Path data;

    @Override
    public void run() {
      print(spec, MainTextEvaluation.run(data));
    }
  }

  /** `parallax evaluate actor-sentiment`. */
  @Command(
      name = "actor-sentiment",
      mixinStandardHelpOptions = true,
      description = {
        "Sentiment toward actors (macro-F1 over negative, neutral and positive) against NewsMTSC",
        "JSON Lines (per target in a sentence) or PerSenT CSV (an article's main person), with",
        "CoreNLP's sentiment model as the baseline in the same run."
      })
  static final class ActorSentiment implements Runnable {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--data",
        required = true,
        paramLabel = "FILE",
        description = {
          "NewsMTSC JSON Lines (e.g. ../shared/data/newsmtsc/devtest_mt.jsonl) or PerSenT",
          "CSV (a .csv file, e.g. ../shared/data/persent/dev.csv)."
        })
    Path data;

    @Option(
        names = "--no-baseline",
        negatable = true,
        defaultValue = "true",
        description = "Also score CoreNLP's sentiment model (needs its parser: slow). Default: on.")
    boolean baseline;

    @Override
    public void run() {
      boolean csv = data.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
      print(
          spec,
          csv
              ? ActorSentimentEvaluation.perSent(data, baseline)
              : ActorSentimentEvaluation.newsMtsc(data, baseline));
    }
  }

  /** `parallax evaluate actors`. */
  @Command(
      name = "actors",
      mixinStandardHelpOptions = true,
      description = {
        "Canonical actors against NewsWCL50's concept mentions: B-cubed over the mentions of each",
        "event's people and countries, across its outlets, with exact-words clustering as baseline."
      })
  static final class Actors implements Runnable {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--data",
        required = true,
        paramLabel = "DIR",
        description = "A directory with NewsWCL50.conll, e.g. ../shared/data/newswcl50.")
    Path data;

    // Named in its negative form, as every default-on switch here: picocli gives a negatable
    // option named "--metonymy" with default true the value false when "--metonymy" is given,
    // and true for "--no-metonymy", the opposite of what a user types.
    @Option(
        names = "--no-metonymy",
        negatable = true,
        defaultValue = "true",
        description = {
          "Capitals that act for a government are the country's actor, as",
          "annotate.actors.metonymy (default on); --no-metonymy scores them as places."
        })
    boolean metonymy;

    @Override
    public void run() {
      print(spec, ActorEvaluation.run(data, metonymy));
    }
  }

  /** `parallax evaluate stories`. */
  @Command(
      name = "stories",
      mixinStandardHelpOptions = true,
      description = {
        "Stories found by the align stage, with the configured align.* settings, against a",
        "labelled data set: B-cubed and pairwise F1 over its articles."
      })
  static final class Stories implements Runnable {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--data",
        required = true,
        paramLabel = "DIR",
        description = {
          "../shared/data/basil, ../shared/data/ecbplus or ../shared/data/allsides-neus (or",
          "their articles/, documents/ or stories.jsonl)."
        })
    Path data;

    @Option(
        names = "--format",
        required = true,
        paramLabel = "FORMAT",
        description = "basil, ecbplus or allsides.")
    String format;

    @Option(
        names = {"-c", "--config"},
        paramLabel = "FILE",
        description = "Properties file with align.* settings. Default: conf/parallax.properties.")
    Path config;

    @Option(
        names = "--day-by-day",
        description = {
          "Also run the articles date by date, as nightly runs would, and print how far that",
          "agrees with the all-at-once run (B-cubed). Slower: one align run per date."
        })
    boolean dayByDay;

    @Override
    public void run() {
      StoryDataSets.Format parsed;
      try {
        parsed = StoryDataSets.Format.parse(format);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(),
            "--format must be basil, ecbplus or allsides, not '" + format + "'");
      }
      print(
          spec,
          AlignEvaluation.run(
              data,
              parsed,
              RunCommand.loadConfig(config).align(),
              DataSetNames.of(data),
              dayByDay));
    }
  }

  /** `parallax evaluate groups`. */
  @Command(
      name = "groups",
      mixinStandardHelpOptions = true,
      description = {
        "Coverage by group (story_groups) and blindspots against the AllSides roundups: the whole",
        "job runs on them with a registry whose lean is each outlet's roundup side, after one side",
        "is taken out of every third three-sided story."
      })
  static final class Groups implements Runnable {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--data",
        required = true,
        paramLabel = "DIR",
        description = "../shared/data/allsides-neus (or its stories.jsonl).")
    Path data;

    @Option(
        names = "--stories",
        paramLabel = "N",
        defaultValue = "1000000",
        description = "Only the first N roundups (default: all).")
    int stories;

    @Override
    public void run() {
      print(spec, GroupEvaluation.run(data, stories, DataSetNames.of(data)));
    }
  }

  /** `parallax evaluate omissions`. */
  @Command(
      name = "omissions",
      mixinStandardHelpOptions = true,
      description = {
        "BASIL's informational-bias spans found as claims that every other outlet of the event",
        "omits (recall), by the compare stage's omission rules."
      })
  static final class OmissionsOfBasil implements Runnable {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--data",
        required = true,
        paramLabel = "DIR",
        description = "BASIL: ../shared/data/basil (or its articles/).")
    Path data;

    @Override
    public void run() {
      print(spec, OmissionEvaluation.run(data, StopWords.ENGLISH));
    }
  }

  /** `parallax evaluate omission-pairs`. */
  @Command(
      name = "omission-pairs",
      mixinStandardHelpOptions = true,
      description = {
        "Which facts each outlet leaves out, against hand labels (sentence x other outlet of the",
        "same BASIL event): precision, recall and F1 of the compare stage's omission model, each",
        "event judged by a model trained on the other events, beside the rule it replaced and",
        "flagging every pair; strict (omitted) and lenient (omitted or partly)."
      })
  static final class OmissionPairs implements Runnable {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--gold",
        required = true,
        paramLabel = "DIR",
        description = "The labels: ../shared/data/omission-gold (every *.jsonl in it).")
    Path gold;

    @Option(
        names = "--basil",
        required = true,
        paramLabel = "DIR",
        description = "BASIL: ../shared/data/basil (or its articles/).")
    Path basil;

    @Option(
        names = "--min-confidence",
        paramLabel = "P",
        description =
            "Flag a pair at this confidence or more. Default: compare.claims.min-confidence.")
    Double minConfidence;

    @Override
    public void run() {
      double threshold =
          minConfidence != null
              ? minConfidence
              : io.parallax.compare.Omissions.Limits.DEFAULT_MIN_CONFIDENCE;
      List<io.parallax.evaluate.OmissionPairs.Pair> pairs =
          io.parallax.evaluate.OmissionPairs.load(gold, basil, StopWords.ENGLISH);
      printInLocalSession(
          spec, spark -> io.parallax.spark.OmissionModelTrainer.evaluate(spark, pairs, threshold));
    }
  }

  /** `parallax evaluate frames`. */
  @Command(
      name = "frames",
      mixinStandardHelpOptions = true,
      description = {
        "The five generic news frames found from an article's words (the default model) and from",
        "its sentence embeddings (compare.frames.embeddings=true), by 5-fold cross-validation on a",
        "Narrative Frames TSV: per-frame and macro F1 of each."
      })
  static final class Frames implements Runnable {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--data",
        required = true,
        paramLabel = "FILE",
        description = "e.g. ../shared/data/narrative-frames/articles_metadata.tsv.")
    Path data;

    @Override
    public void run() {
      printInLocalSession(spec, spark -> FrameEvaluation.run(spark, data));
    }
  }

  /** `parallax evaluate bias-sentences`. */
  @Command(
      name = "bias-sentences",
      mixinStandardHelpOptions = true,
      description = {
        "Sentences biased by word choice told from neutral ones on a BABE CSV: macro-F1 of the",
        "lexicon rule the job applies, and by 5-fold cross-validation of a word model and of the",
        "bias model `train bias-sentences` fits (macro_f1)."
      })
  static final class BiasSentences implements Runnable {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--data",
        required = true,
        paramLabel = "FILE",
        description = "e.g. ../shared/data/babe/final_labels_SG2.csv.")
    Path data;

    @Override
    public void run() {
      printInLocalSession(spec, spark -> BiasSentenceEvaluation.run(spark, data));
    }
  }
}
