package io.parallax.cli;

import io.parallax.annotate.ActorSentimentModel;
import io.parallax.compare.FrameModel;
import io.parallax.spark.ActorSentimentTrainer;
import io.parallax.spark.BiasModelTrainer;
import io.parallax.spark.FrameTrainer;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `parallax train`: rebuilds a model that ships in the jar, from its training data. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description =
        "Trains a model Parallax ships, with Spark MLlib, and writes it where the jar reads it.",
    subcommands = {
      TrainCommand.ActorSentiment.class,
      TrainCommand.Frames.class,
      TrainCommand.Omissions.class,
      TrainCommand.BiasSentences.class
    })
final class TrainCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** `parallax train actor-sentiment`. */
  @Command(
      name = "actor-sentiment",
      mixinStandardHelpOptions = true,
      description = "Target-dependent sentiment from NewsMTSC's train.jsonl.")
  static final class ActorSentiment implements Runnable {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--data",
        required = true,
        paramLabel = "FILE",
        description = "NewsMTSC training JSON Lines, e.g. ../shared/data/newsmtsc/train.jsonl.")
    Path data;

    @Option(
        names = "--output",
        paramLabel = "FILE",
        description =
            "Where to write the model. Default: src/main/resources/"
                + ActorSentimentModel.RESOURCE
                + ", or with --embeddings src/main/resources/"
                + ActorSentimentModel.EMBEDDINGS_RESOURCE
                + ".")
    Path output;

    @Option(
        names = "--embeddings",
        description =
            "Add the sentence embeddings of each target's words and sentence to its features (the"
                + " model annotate.actor-sentiment.embeddings=true uses).")
    boolean embeddings;

    @Override
    public void run() {
      Path to =
          output != null
              ? output
              : Path.of(
                  "src/main/resources/",
                  embeddings
                      ? ActorSentimentModel.EMBEDDINGS_RESOURCE
                      : ActorSentimentModel.RESOURCE);
      EvaluateCommand.print(spec, ActorSentimentTrainer.train(data, to, embeddings));
    }
  }

  /** `parallax train frames`. */
  @Command(
      name = "frames",
      mixinStandardHelpOptions = true,
      description = "The five generic news frames from a Narrative Frames TSV.")
  static final class Frames implements Runnable {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--data",
        required = true,
        paramLabel = "FILE",
        description =
            "Narrative Frames TSV, e.g. ../shared/data/narrative-frames/articles_metadata.tsv.")
    Path data;

    @Option(
        names = "--output",
        paramLabel = "FILE",
        description =
            "Where to write the model. Default: src/main/resources/"
                + FrameModel.RESOURCE
                + ", or with --embeddings src/main/resources/"
                + FrameModel.EMBEDDINGS_RESOURCE
                + ".")
    Path output;

    @Option(
        names = "--embeddings",
        description =
            "Features from the article's sentence embeddings instead of its words (the model"
                + " compare.frames.embeddings=true uses).")
    boolean embeddings;

    @Override
    public void run() {
      Path to =
          output != null
              ? output
              : Path.of(
                  "src/main/resources/",
                  embeddings ? FrameModel.EMBEDDINGS_RESOURCE : FrameModel.RESOURCE);
      EvaluateCommand.print(spec, FrameTrainer.train(data, to, embeddings));
    }
  }

  /** `parallax train omissions`. */
  @Command(
      name = "omissions",
      mixinStandardHelpOptions = true,
      description =
          "The omission model the compare stage applies to claims, from hand labels of omitted"
              + " facts over BASIL events; prints its by-event cross-validated figures first.")
  static final class Omissions implements Runnable {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--gold",
        required = true,
        paramLabel = "DIR",
        description = "The labels: ../shared/data/omission-gold.")
    Path gold;

    @Option(
        names = "--basil",
        required = true,
        paramLabel = "DIR",
        description = "BASIL: ../shared/data/basil.")
    Path basil;

    @Option(
        names = "--output",
        paramLabel = "FILE",
        description =
            "Where to write the model. Default: src/main/resources/"
                + io.parallax.compare.OmissionModel.RESOURCE
                + ".")
    Path output;

    @Override
    public void run() {
      Path to =
          output != null
              ? output
              : Path.of("src/main/resources/", io.parallax.compare.OmissionModel.RESOURCE);
      List<io.parallax.evaluate.OmissionPairs.Pair> pairs =
          io.parallax.evaluate.OmissionPairs.load(gold, basil, io.parallax.spark.StopWords.ENGLISH);
      EvaluateCommand.printInLocalSession(
          spec,
          spark ->
              io.parallax.spark.OmissionModelTrainer.train(
                  spark,
                  pairs,
                  io.parallax.compare.Omissions.Limits.DEFAULT_MIN_CONFIDENCE,
                  gold,
                  to));
    }
  }

  /** `parallax train bias-sentences`: a model that does not ship, written where the user says. */
  @Command(
      name = "bias-sentences",
      mixinStandardHelpOptions = true,
      description =
          "The word-choice bias model compare.bias.model applies, from a BABE CSV. BABE is"
              + " AGPL-3.0, so no such model ships: train one from your own copy.")
  static final class BiasSentences implements Runnable {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--data",
        required = true,
        paramLabel = "FILE",
        description = "BABE CSV, e.g. ../shared/data/babe/final_labels_SG2.csv.")
    Path data;

    @Option(
        names = "--output",
        required = true,
        paramLabel = "FILE",
        description = "Where to write the model, e.g. conf/bias-model.tsv.")
    Path output;

    @Override
    public void run() {
      EvaluateCommand.print(spec, BiasModelTrainer.train(data, output));
    }
  }
}
