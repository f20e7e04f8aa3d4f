package io.parallax.config;

import io.parallax.align.AlignSettings;
import io.parallax.compare.BiasModel;
import io.parallax.compare.Blindspots;
import io.parallax.compare.Omissions;
import io.parallax.errors.ParallaxErrors;
import io.parallax.ingest.IngestSettings;
import io.parallax.ingest.OutletRegistry;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The resolved configuration of a run. Precedence, highest first: command-line flags (applied by
 * the command), the file given with --config, the defaults below (which {@code
 * conf/parallax.properties} repeats with a comment per key). Unknown keys are rejected; keys
 * starting with {@code spark.} pass to Spark as they are.
 */
public record ParallaxConfig(
    RunDefaults run,
    IngestSettings ingest,
    int annotateTimeLimitSeconds,
    boolean annotateMetonymy,
    boolean annotateSentimentEmbeddings,
    int annotateArticlesPerTask,
    AlignSettings align,
    int compareOmissionsPerOutlet,
    int compareClaimsMaxArticles,
    double compareClaimsMinConfidence,
    boolean compareClaimsEmbeddings,
    boolean compareFramesEmbeddings,
    String compareBiasModel,
    String outletsRegistry,
    Blindspots.Thresholds blindspots,
    int progressIntervalSeconds,
    Map<String, String> spark) {

  public static final String RUN_INPUT = "run.input";
  public static final String RUN_OUTPUT = "run.output";
  public static final String RUN_FORMAT = "run.format";
  public static final String RUN_LOAD_MODELS_AHEAD = "run.load-models-ahead";
  public static final String RUN_SMALL_INPUT_MB = "run.small-input-mb";
  public static final String INGEST_TRUST_INPUT_LANGUAGE = "ingest.language.trust-input";
  public static final String INGEST_MAX_RAW_CHARS = "ingest.quarantine.max-raw-chars";
  public static final String INGEST_EXTRA_STOCK_LINES = "ingest.boilerplate.extra-line-patterns";
  public static final String INGEST_MAX_TEXT_CHARS = "ingest.max-text-chars";
  public static final String INGEST_TEMPLATE_MIN_ARTICLES =
      "ingest.boilerplate.template-min-articles";
  public static final String INGEST_TEMPLATE_HISTORY_DAYS =
      "ingest.boilerplate.template-history-days";
  public static final String INGEST_MAX_RECORD_MB = "ingest.max-record-mb";
  public static final String INGEST_MAX_FILE_MB = "ingest.max-file-mb";
  public static final String ANNOTATE_TIME_LIMIT = "annotate.time-limit-seconds";
  public static final String ANNOTATE_METONYMY = "annotate.actors.metonymy";
  public static final String ANNOTATE_SENTIMENT_EMBEDDINGS = "annotate.actor-sentiment.embeddings";
  public static final String ANNOTATE_ARTICLES_PER_TASK = "annotate.articles-per-task";
  public static final String ALIGN_LEAD_WORDS = "align.lead-words";
  public static final String ALIGN_WINDOW_DAYS = "align.window-days";
  public static final String ALIGN_DECAY_DAYS = "align.decay-days";
  public static final String ALIGN_UNDATED_DAYS = "align.undated-days";
  public static final String ALIGN_LINK_THRESHOLD = "align.link-threshold";
  public static final String ALIGN_BLOCK_TERMS = "align.block-terms";
  public static final String ALIGN_BLOCK_MAX_ARTICLES = "align.block-max-articles";
  public static final String ALIGN_IDF_DAYS = "align.idf-days";
  public static final String COMPARE_OMISSIONS_PER_OUTLET = "compare.omissions-per-outlet";
  public static final String COMPARE_CLAIMS_MAX_ARTICLES = "compare.claims-max-articles";
  public static final String COMPARE_CLAIMS_MIN_CONFIDENCE = "compare.claims.min-confidence";
  public static final String COMPARE_CLAIMS_EMBEDDINGS = "compare.claims.embeddings";
  public static final String COMPARE_FRAMES_EMBEDDINGS = "compare.frames.embeddings";
  public static final String COMPARE_BIAS_MODEL = "compare.bias.model";
  public static final String OUTLETS_REGISTRY = "outlets.registry";
  public static final String BLINDSPOT_MIN_COVERING_OUTLETS =
      "groups.blindspot.min-covering-outlets";
  public static final String BLINDSPOT_MIN_COVERING_SHARE = "groups.blindspot.min-covering-share";
  public static final String BLINDSPOT_MAX_MISSING_SHARE = "groups.blindspot.max-missing-share";
  public static final String BLINDSPOT_MIN_EXPECTED_ARTICLES =
      "groups.blindspot.min-expected-articles";
  public static final String PROGRESS_INTERVAL = "progress.interval-seconds";

  /** Separates several regular expressions in {@link #INGEST_EXTRA_STOCK_LINES}. */
  public static final String PATTERN_SEPARATOR = ";;";

  /** The built-in defaults, in the order conf/parallax.properties lists them. */
  public static final Map<String, String> DEFAULTS = defaultsInOrder();

  /** Where `run` reads and writes when no flag says otherwise. */
  public record RunDefaults(
      List<String> input, String output, String format, boolean loadModelsAhead, int smallInputMb) {
    public RunDefaults {
      input = List.copyOf(input);
    }
  }

  private static Map<String, String> defaultsInOrder() {
    Map<String, String> defaults = new LinkedHashMap<>();
    defaults.put(RUN_INPUT, "src/sample/corpus");
    defaults.put(RUN_OUTPUT, "out");
    defaults.put(RUN_FORMAT, "auto");
    defaults.put(RUN_LOAD_MODELS_AHEAD, "true");
    defaults.put(RUN_SMALL_INPUT_MB, "64");
    defaults.put(INGEST_TRUST_INPUT_LANGUAGE, "true");
    defaults.put(INGEST_MAX_RAW_CHARS, "65536");
    defaults.put(INGEST_EXTRA_STOCK_LINES, "");
    defaults.put(INGEST_MAX_TEXT_CHARS, Integer.toString(IngestSettings.DEFAULT_MAX_TEXT_CHARS));
    defaults.put(
        INGEST_TEMPLATE_MIN_ARTICLES,
        Integer.toString(IngestSettings.DEFAULT_TEMPLATE_MIN_ARTICLES));
    defaults.put(
        INGEST_TEMPLATE_HISTORY_DAYS,
        Integer.toString(IngestSettings.DEFAULT_TEMPLATE_HISTORY_DAYS));
    defaults.put(INGEST_MAX_RECORD_MB, Integer.toString(IngestSettings.DEFAULT_MAX_RECORD_MB));
    defaults.put(INGEST_MAX_FILE_MB, Long.toString(IngestSettings.DEFAULT_MAX_FILE_MB));
    defaults.put(ANNOTATE_TIME_LIMIT, "60");
    defaults.put(ANNOTATE_METONYMY, "true");
    defaults.put(ANNOTATE_SENTIMENT_EMBEDDINGS, "false");
    defaults.put(ANNOTATE_ARTICLES_PER_TASK, "200");
    defaults.putAll(alignValues(AlignSettings.defaults()));
    defaults.put(COMPARE_OMISSIONS_PER_OUTLET, "200");
    defaults.put(COMPARE_CLAIMS_MAX_ARTICLES, "500");
    defaults.put(
        COMPARE_CLAIMS_MIN_CONFIDENCE, Double.toString(Omissions.Limits.DEFAULT_MIN_CONFIDENCE));
    defaults.put(COMPARE_CLAIMS_EMBEDDINGS, "false");
    defaults.put(COMPARE_FRAMES_EMBEDDINGS, "false");
    defaults.put(COMPARE_BIAS_MODEL, "");
    defaults.put(OUTLETS_REGISTRY, "");
    Blindspots.Thresholds blindspots = Blindspots.Thresholds.defaults();
    defaults.put(BLINDSPOT_MIN_COVERING_OUTLETS, Integer.toString(blindspots.minCoveringOutlets()));
    defaults.put(BLINDSPOT_MIN_COVERING_SHARE, Double.toString(blindspots.minCoveringShare()));
    defaults.put(BLINDSPOT_MAX_MISSING_SHARE, Double.toString(blindspots.maxMissingShare()));
    defaults.put(
        BLINDSPOT_MIN_EXPECTED_ARTICLES, Double.toString(blindspots.minExpectedArticles()));
    defaults.put(PROGRESS_INTERVAL, "10");
    return java.util.Collections.unmodifiableMap(defaults);
  }

  /**
   * The align.* keys with the settings' values, in the order conf/parallax.properties lists them.
   */
  private static Map<String, String> alignValues(AlignSettings align) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(ALIGN_LEAD_WORDS, Integer.toString(align.leadWords()));
    values.put(ALIGN_WINDOW_DAYS, Integer.toString(align.windowDays()));
    values.put(ALIGN_DECAY_DAYS, Double.toString(align.decayDays()));
    values.put(ALIGN_UNDATED_DAYS, Double.toString(align.undatedDays()));
    values.put(ALIGN_LINK_THRESHOLD, Double.toString(align.linkThreshold()));
    values.put(ALIGN_BLOCK_TERMS, Integer.toString(align.blockTerms()));
    values.put(ALIGN_BLOCK_MAX_ARTICLES, Integer.toString(align.blockMaxArticles()));
    values.put(ALIGN_IDF_DAYS, Integer.toString(align.idfDays()));
    return values;
  }

  public static ParallaxConfig defaults() {
    return fromMap(DEFAULTS, "the built-in defaults");
  }

  /** Reads a properties file over the defaults. */
  public static ParallaxConfig load(Path file) {
    if (!Files.exists(file)) {
      throw ParallaxErrors.configNotFound(file.toString());
    }
    if (!Files.isRegularFile(file)) {
      throw ParallaxErrors.configUnreadable(
          file.toString(),
          "it is not a regular file (a folder or a device); pass a properties file");
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw ParallaxErrors.configUnreadable(file.toString(), e.getMessage());
    }
    Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
    for (String key : properties.stringPropertyNames()) {
      values.put(key, properties.getProperty(key).strip());
    }
    return fromMap(values, "config file '" + file + "'");
  }

  static ParallaxConfig fromMap(Map<String, String> values, String source) {
    TreeSet<String> unknown = new TreeSet<>();
    Map<String, String> spark = new TreeMap<>();
    for (Map.Entry<String, String> entry : values.entrySet()) {
      if (entry.getKey().startsWith("spark.")) {
        spark.put(entry.getKey(), entry.getValue());
      } else if (!DEFAULTS.containsKey(entry.getKey())) {
        unknown.add(entry.getKey());
      }
    }
    if (!unknown.isEmpty()) {
      throw ParallaxErrors.unknownConfigKeys(source, unknown, DEFAULTS.keySet());
    }
    RunDefaults run =
        new RunDefaults(
            splitList(values.get(RUN_INPUT)),
            values.get(RUN_OUTPUT),
            values.get(RUN_FORMAT),
            bool(values, RUN_LOAD_MODELS_AHEAD, source),
            integer(values, RUN_SMALL_INPUT_MB, 0, source));
    List<String> extraPatterns =
        Arrays.stream(values.get(INGEST_EXTRA_STOCK_LINES).split(Pattern.quote(PATTERN_SEPARATOR)))
            .map(String::strip)
            .filter(p -> !p.isEmpty())
            .toList();
    for (String pattern : extraPatterns) {
      try {
        Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        throw ParallaxErrors.badConfigValue(
            source,
            INGEST_EXTRA_STOCK_LINES,
            pattern,
            "regular expressions separated by " + PATTERN_SEPARATOR);
      }
    }
    IngestSettings ingest =
        new IngestSettings(
            bool(values, INGEST_TRUST_INPUT_LANGUAGE, source),
            integer(values, INGEST_MAX_RAW_CHARS, 256, source),
            extraPatterns,
            integer(values, INGEST_MAX_TEXT_CHARS, 1, source),
            integer(values, INGEST_TEMPLATE_MIN_ARTICLES, 2, source),
            integer(values, INGEST_TEMPLATE_HISTORY_DAYS, 0, source),
            atMost(
                integer(values, INGEST_MAX_RECORD_MB, 1, source),
                1024,
                INGEST_MAX_RECORD_MB,
                source),
            integer(values, INGEST_MAX_FILE_MB, 1, source));
    return new ParallaxConfig(
        run,
        ingest,
        integer(values, ANNOTATE_TIME_LIMIT, 1, source),
        bool(values, ANNOTATE_METONYMY, source),
        bool(values, ANNOTATE_SENTIMENT_EMBEDDINGS, source),
        integer(values, ANNOTATE_ARTICLES_PER_TASK, 1, source),
        new AlignSettings(
            integer(values, ALIGN_LEAD_WORDS, 1, source),
            integer(values, ALIGN_WINDOW_DAYS, 0, source),
            decimal(values, ALIGN_DECAY_DAYS, source),
            zeroOrMore(values, ALIGN_UNDATED_DAYS, source),
            decimal(values, ALIGN_LINK_THRESHOLD, source),
            integer(values, ALIGN_BLOCK_TERMS, 1, source),
            integer(values, ALIGN_BLOCK_MAX_ARTICLES, 2, source),
            integer(values, ALIGN_IDF_DAYS, 0, source)),
        integer(values, COMPARE_OMISSIONS_PER_OUTLET, 1, source),
        integer(values, COMPARE_CLAIMS_MAX_ARTICLES, 1, source),
        share(values, COMPARE_CLAIMS_MIN_CONFIDENCE, source),
        bool(values, COMPARE_CLAIMS_EMBEDDINGS, source),
        bool(values, COMPARE_FRAMES_EMBEDDINGS, source),
        biasModelPath(values, source),
        registryPath(values, source),
        blindspotThresholds(values, source),
        integer(values, PROGRESS_INTERVAL, 1, source),
        spark);
  }

  /** Every key with its resolved value, as written to run_summary.config. */
  public Map<String, String> asMap() {
    Map<String, String> map = new TreeMap<>();
    map.put(RUN_INPUT, String.join(",", run.input()));
    map.put(RUN_OUTPUT, run.output());
    map.put(RUN_FORMAT, run.format());
    map.put(RUN_LOAD_MODELS_AHEAD, Boolean.toString(run.loadModelsAhead()));
    map.put(RUN_SMALL_INPUT_MB, Integer.toString(run.smallInputMb()));
    map.put(INGEST_TRUST_INPUT_LANGUAGE, Boolean.toString(ingest.trustInputLanguage()));
    map.put(INGEST_MAX_RAW_CHARS, Integer.toString(ingest.maxRawChars()));
    map.put(
        INGEST_EXTRA_STOCK_LINES,
        String.join(" " + PATTERN_SEPARATOR + " ", ingest.extraStockLinePatterns()));
    map.put(INGEST_MAX_TEXT_CHARS, Integer.toString(ingest.maxTextChars()));
    map.put(INGEST_TEMPLATE_MIN_ARTICLES, Integer.toString(ingest.templateMinArticles()));
    map.put(INGEST_TEMPLATE_HISTORY_DAYS, Integer.toString(ingest.templateHistoryDays()));
    map.put(INGEST_MAX_RECORD_MB, Integer.toString(ingest.maxRecordMb()));
    map.put(INGEST_MAX_FILE_MB, Long.toString(ingest.maxFileMb()));
    map.put(ANNOTATE_TIME_LIMIT, Integer.toString(annotateTimeLimitSeconds));
    map.put(ANNOTATE_METONYMY, Boolean.toString(annotateMetonymy));
    map.put(ANNOTATE_SENTIMENT_EMBEDDINGS, Boolean.toString(annotateSentimentEmbeddings));
    map.put(ANNOTATE_ARTICLES_PER_TASK, Integer.toString(annotateArticlesPerTask));
    map.putAll(alignValues(align));
    map.put(COMPARE_OMISSIONS_PER_OUTLET, Integer.toString(compareOmissionsPerOutlet));
    map.put(COMPARE_CLAIMS_MAX_ARTICLES, Integer.toString(compareClaimsMaxArticles));
    map.put(COMPARE_CLAIMS_MIN_CONFIDENCE, Double.toString(compareClaimsMinConfidence));
    map.put(COMPARE_CLAIMS_EMBEDDINGS, Boolean.toString(compareClaimsEmbeddings));
    map.put(COMPARE_FRAMES_EMBEDDINGS, Boolean.toString(compareFramesEmbeddings));
    map.put(COMPARE_BIAS_MODEL, compareBiasModel);
    map.put(OUTLETS_REGISTRY, outletsRegistry);
    map.put(BLINDSPOT_MIN_COVERING_OUTLETS, Integer.toString(blindspots.minCoveringOutlets()));
    map.put(BLINDSPOT_MIN_COVERING_SHARE, Double.toString(blindspots.minCoveringShare()));
    map.put(BLINDSPOT_MAX_MISSING_SHARE, Double.toString(blindspots.maxMissingShare()));
    map.put(BLINDSPOT_MIN_EXPECTED_ARTICLES, Double.toString(blindspots.minExpectedArticles()));
    map.put(PROGRESS_INTERVAL, Integer.toString(progressIntervalSeconds));
    map.putAll(spark);
    return map;
  }

  /** The compare stage's bounds on one story's omissions. */
  public Omissions.Limits omissionLimits() {
    return new Omissions.Limits(
        compareOmissionsPerOutlet, compareClaimsMaxArticles, compareClaimsMinConfidence);
  }

  public ParallaxConfig withRun(RunDefaults newRun) {
    return with(newRun, outletsRegistry);
  }

  /** The same configuration with another outlet registry file (--outlets); checked now. */
  public ParallaxConfig withOutletsRegistry(String path) {
    readRegistry(path, "--outlets");
    return with(run, path);
  }

  private ParallaxConfig with(RunDefaults newRun, String registry) {
    return new ParallaxConfig(
        newRun,
        ingest,
        annotateTimeLimitSeconds,
        annotateMetonymy,
        annotateSentimentEmbeddings,
        annotateArticlesPerTask,
        align,
        compareOmissionsPerOutlet,
        compareClaimsMaxArticles,
        compareClaimsMinConfidence,
        compareClaimsEmbeddings,
        compareFramesEmbeddings,
        compareBiasModel,
        registry,
        blindspots,
        progressIntervalSeconds,
        spark);
  }

  /**
   * The outlet registry {@link #OUTLETS_REGISTRY} names, read now; the empty registry when the key
   * is blank (every outlet keeps its canonical key).
   */
  public OutletRegistry outletRegistry() {
    return outletsRegistry.isEmpty()
        ? OutletRegistry.empty()
        : readRegistry(outletsRegistry, "the configuration");
  }

  private static String registryPath(Map<String, String> values, String source) {
    String value = values.get(OUTLETS_REGISTRY);
    if (!value.isEmpty()) {
      readRegistry(value, source);
    }
    return value;
  }

  /** The registry file at {@code path}; one missing, unreadable or broken is one user error. */
  /** A registry lists outlets, a few thousand lines; a file far larger is no registry. */
  static final long MAX_REGISTRY_BYTES = 64L * 1024 * 1024;

  private static OutletRegistry readRegistry(String path, String source) {
    try {
      Path file = Path.of(path);
      // A pipe would hang the read and a device never end it (/dev/zero ran out of memory).
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        throw ParallaxErrors.badOutletRegistry(
            path, source, "is not a regular file (a folder, pipe or device)");
      }
      if (Files.isRegularFile(file) && Files.size(file) > MAX_REGISTRY_BYTES) {
        throw ParallaxErrors.badOutletRegistry(
            path, source, "is " + Files.size(file) + " bytes, more than a registry of outlets");
      }
      return OutletRegistry.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw ParallaxErrors.badOutletRegistry(path, source, "cannot be read: " + e.getMessage());
    } catch (OutletRegistry.Invalid e) {
      throw ParallaxErrors.badOutletRegistry(path, source, e.getMessage());
    }
  }

  private static Blindspots.Thresholds blindspotThresholds(
      Map<String, String> values, String source) {
    int outlets = integer(values, BLINDSPOT_MIN_COVERING_OUTLETS, 1, source);
    double covering = decimal(values, BLINDSPOT_MIN_COVERING_SHARE, source);
    double missing = zeroOrMore(values, BLINDSPOT_MAX_MISSING_SHARE, source);
    if (covering > 1) {
      throw ParallaxErrors.badConfigValue(
          source,
          BLINDSPOT_MIN_COVERING_SHARE,
          values.get(BLINDSPOT_MIN_COVERING_SHARE),
          "a share up to 1");
    }
    if (missing >= covering) {
      throw ParallaxErrors.badConfigValue(
          source,
          BLINDSPOT_MAX_MISSING_SHARE,
          values.get(BLINDSPOT_MAX_MISSING_SHARE),
          "a share below " + BLINDSPOT_MIN_COVERING_SHARE + " (" + covering + ")");
    }
    return new Blindspots.Thresholds(
        outlets, covering, missing, zeroOrMore(values, BLINDSPOT_MIN_EXPECTED_ARTICLES, source));
  }

  /**
   * The word-choice bias model {@link #COMPARE_BIAS_MODEL} names, read now; empty when the key is
   * blank (the default: no such model ships).
   */
  public Optional<BiasModel> biasModel() {
    return compareBiasModel.isEmpty()
        ? Optional.empty()
        : Optional.of(readBiasModel(compareBiasModel, "the configuration"));
  }

  /** The bias model's path, checked now so that a wrong one fails before any work. */
  private static String biasModelPath(Map<String, String> values, String source) {
    String value = values.get(COMPARE_BIAS_MODEL);
    if (!value.isEmpty()) {
      readBiasModel(value, source);
    }
    return value;
  }

  /** The model file at {@code path}; one that is missing or no bias model is a user error. */
  private static BiasModel readBiasModel(String path, String source) {
    try {
      return BiasModel.read(Path.of(path));
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw ParallaxErrors.badConfigValue(
          source,
          COMPARE_BIAS_MODEL,
          path,
          "a model file written by `parallax train bias-sentences --data BABE.csv --output FILE`: "
              + e.getMessage());
    }
  }

  private static List<String> splitList(String value) {
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static boolean bool(Map<String, String> values, String key, String source) {
    String value = values.get(key);
    if (!value.equals("true") && !value.equals("false")) {
      throw ParallaxErrors.badConfigValue(source, key, value, "true or false");
    }
    return Boolean.parseBoolean(value);
  }

  /** A positive decimal number. */
  private static double zeroOrMore(Map<String, String> values, String key, String source) {
    return decimal(values, key, source, true);
  }

  private static double decimal(Map<String, String> values, String key, String source) {
    return decimal(values, key, source, false);
  }

  /** A number from 0 to 1. */
  private static double share(Map<String, String> values, String key, String source) {
    double value = decimal(values, key, source, true);
    if (value > 1) {
      throw ParallaxErrors.badConfigValue(source, key, values.get(key), "a number from 0 to 1");
    }
    return value;
  }

  private static double decimal(
      Map<String, String> values, String key, String source, boolean zeroAllowed) {
    String value = values.get(key);
    try {
      double parsed = Double.parseDouble(value);
      if (Double.isFinite(parsed) && (parsed > 0 || zeroAllowed && parsed == 0)) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ParallaxErrors.badConfigValue(
        source, key, value, zeroAllowed ? "a number, 0 or more" : "a positive number");
  }

  private static int atMost(int value, int max, String key, String source) {
    if (value > max) {
      throw ParallaxErrors.badConfigValue(
          source, key, Integer.toString(value), "a whole number from 1 to " + max);
    }
    return value;
  }

  private static int integer(Map<String, String> values, String key, int min, String source) {
    String value = values.get(key);
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= min) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ParallaxErrors.badConfigValue(source, key, value, "a whole number of at least " + min);
  }
}
