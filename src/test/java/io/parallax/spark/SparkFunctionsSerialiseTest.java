package io.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.parallax.align.AlignSettings;
import io.parallax.align.StoryIds;
import io.parallax.compare.Omissions;
import io.parallax.config.ParallaxConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * Every function Parallax hands to Spark survives Java serialisation, as Spark's task serialiser
 * needs, even when its caller passes collection views that are not serialisable themselves (a
 * {@code subList}, a {@code keySet}): the second night once crashed on exactly that.
 */
class SparkFunctionsSerialiseTest {

  /** One instance of each function, built from the kinds of arguments the runners pass. */
  private static Map<Class<?>, Object> everyFunction() {
    SparkSession spark = SparkTestSession.get();
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    // Views over larger collections: not serialisable by themselves.
    List<String> earlier = new ArrayList<>(List.of("story-a", "story-b", "story-c"));
    Map<String, List<String>> merged = Map.of("story-a", earlier.subList(1, 3));
    Set<String> stopWords = new HashMap<>(Map.of("the", 1, "a", 2)).keySet();
    Map<Class<?>, Object> functions = new HashMap<>();
    functions.put(StoryTable.ToStoryRow.class, new StoryTable.ToStoryRow(merged, "run-1"));
    functions.put(
        CompareRunner.StoryOmissions.class,
        new CompareRunner.StoryOmissions(
            stopWords,
            Omissions.Limits.NONE,
            false,
            CompareRunner.OmissionTally.in(spark),
            "run-1"));
    functions.put(CompareRunner.PairWords.class, new CompareRunner.PairWords());
    functions.put(CompareRunner.ToPairRow.class, new CompareRunner.ToPairRow("run-1"));
    functions.put(CompareRunner.ToQuoteShares.class, new CompareRunner.ToQuoteShares());
    functions.put(
        CompareRunner.StoryWords.class,
        new CompareRunner.StoryWords(context.broadcast(new HashMap<>(Map.of("word", 3L)))));
    functions.put(
        CompareRunner.ToStoryOutletRow.class, new CompareRunner.ToStoryOutletRow("run-1"));
    functions.put(AlignRunner.ArticleTerms.class, new AlignRunner.ArticleTerms(120, stopWords));
    functions.put(
        AlignRunner.ArticleVectors.class,
        new AlignRunner.ArticleVectors(context.broadcast(new HashMap<>()), 10, 20, 1000));
    AlignSettings align = ParallaxConfig.defaults().align();
    functions.put(AlignRunner.ScorePairs.class, new AlignRunner.ScorePairs(align));
    functions.put(
        ReadTextFiles.class,
        new ReadTextFiles(
            spark.sparkContext().hadoopConfiguration(),
            io.parallax.ingest.IngestSettings.defaults()));
    functions.put(
        NormaliseRecords.class,
        new NormaliseRecords(
            ParallaxConfig.defaults().ingest(),
            registry(),
            spark.sparkContext().longAccumulator()));
    functions.put(
        AnnotateArticles.class,
        new AnnotateArticles(
            60_000, true, false, null, 1024, spark.sparkContext().longAccumulator()));
    functions.put(
        OutletTemplateRemoval.RemoveTemplates.class, new OutletTemplateRemoval.RemoveTemplates());
    // A map whose values are key-set views, as a caller might build it.
    java.util.TreeMap<String, io.parallax.compare.Blindspots.InRun> sides =
        new java.util.TreeMap<>(Map.of("left", new io.parallax.compare.Blindspots.InRun(3, 0.4)));
    functions.put(
        GroupCoverage.StoryBlindspots.class,
        new GroupCoverage.StoryBlindspots(
            Map.of("lean", sides), io.parallax.compare.Blindspots.Thresholds.defaults(), "run-1"));
    return functions;
  }

  @Test
  void everySparkFunctionSerialisesEvenFromCollectionViews() {
    everyFunction()
        .forEach(
            (type, function) ->
                assertThatCode(() -> serialise(function))
                    .as(type.getSimpleName())
                    .doesNotThrowAnyException());
  }

  @Test
  void theMergedStoriesOfThreeEarlierStoriesSerialiseInTheStoryRowFunction() {
    StoryIds.Named named =
        StoryIds.name(
            List.of(
                new StoryIds.Member("a1", "story-1"),
                new StoryIds.Member("a2", "story-2"),
                new StoryIds.Member("a3", "story-3"),
                new StoryIds.Member("new", null)),
            new int[] {0, 0, 0, 0});
    assertThat(named.merged()).containsEntry("story-1", List.of("story-2", "story-3"));
    assertThatCode(() -> serialise(named.merged())).doesNotThrowAnyException();
    assertThatCode(() -> serialise(new StoryTable.ToStoryRow(named.merged(), "run")))
        .doesNotThrowAnyException();
  }

  /** A new Spark function must be added above, so that this test checks it too. */
  @Test
  void theListAboveHoldsEverySparkFunctionInTheCode() throws IOException, URISyntaxException {
    Path classes =
        Path.of(RunJob.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> found;
    try (Stream<Path> files = Files.walk(classes)) {
      found =
          files
              .filter(f -> f.toString().endsWith(".class"))
              .map(f -> classes.relativize(f).toString().replace('/', '.').replace(".class", ""))
              .map(SparkFunctionsSerialiseTest::load)
              .filter(SparkFunctionsSerialiseTest::isSparkFunction)
              .map(Class::getName)
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(found).isNotEmpty();
    assertThat(new TreeSet<>(everyFunction().keySet().stream().map(Class::getName).toList()))
        .isEqualTo(found);
  }

  private static boolean isSparkFunction(Class<?> type) {
    return !type.isInterface()
        && Arrays.stream(type.getInterfaces())
            .anyMatch(i -> i.getPackageName().equals("org.apache.spark.api.java.function"));
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, RunJob.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void serialise(Object value) {
    try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
      out.writeObject(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static io.parallax.ingest.OutletRegistry registry() {
    try {
      return io.parallax.ingest.OutletRegistry.parse(
          "outlet_id,name,aliases,lean\ncnn,CNN,cnn.com|CNN Business,left\n");
    } catch (io.parallax.ingest.OutletRegistry.Invalid e) {
      throw new AssertionError(e);
    }
  }
}
