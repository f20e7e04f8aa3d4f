package io.parallax.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Entities;

/**
 * The report: a static HTML site built from one run date's tables through DuckDB, as an analyst's
 * tool reads them, that opens from the file system with no server. An index of the date's stories
 * (sortable by outlets, articles, divergence), a page per story that two or more outlets report
 * with the outlets side by side (tone, loaded words, quote share by speaker and by side, frames,
 * actor sentiment, distinctive terms, omissions with their evidence sentences, pairwise gaps), and
 * a page per outlet. Charts are ECharts (Apache-2.0, from its WebJar), copied into the site and
 * drawn as SVG.
 */
public final class ReportSite {
  static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Connection db;
  private final Path output;
  private final Path site;
  private final LocalDate runDate;

  /** Each outlet's page name (without .html), distinct for distinct outlets. */
  private Map<String, String> outletPages = Map.of();

  /** story_id -> group column -> that story's `story_groups` rows, in column order. */
  private Map<String, Map<String, List<Map<String, Object>>>> storyGroups = Map.of();

  private List<Map<String, Object>> blindspots = List.of();

  private ReportSite(Connection db, Path output, Path site, LocalDate runDate) {
    this.db = db;
    this.output = output;
    this.site = site;
    this.runDate = runDate;
  }

  /**
   * Builds the site for {@code runDate} (the newest date in the output when null) under {@code
   * site}; returns the index page.
   */
  public static Path build(Path output, Path site, LocalDate runDate) {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      LocalDate date = runDate;
      if (date == null) {
        List<Map<String, Object>> newest =
            query(db, "SELECT max(run_date) AS d FROM " + table(output, "run_summary"));
        if (newest.isEmpty() || newest.get(0).get("d") == null) {
          throw new IllegalArgumentException("no run in " + output);
        }
        date = LocalDate.parse(newest.get(0).get("d").toString());
      }
      // Built aside and swapped in: a reader never sees half a site, and no page of an earlier
      // build (another date's story) is left behind in it.
      Path building = site.resolve(".building-" + java.util.UUID.randomUUID());
      try {
        new ReportSite(db, output, building, date).write();
        swapIn(building, site);
      } finally {
        deleteTree(building);
      }
      return site.resolve("index.html");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "reading the tables under " + output + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What a build writes into the site folder; only these are replaced (the folder may hold more).
   */
  static final List<String> SITE_PARTS = List.of("assets", "story", "outlet", "index.html");

  /**
   * Moves each part of a site built in {@code building} into {@code site}, replacing the part there
   * whole (a folder of pages is renamed in, not merged), and deletes the replaced parts.
   */
  static void swapIn(Path building, Path site) throws IOException {
    Files.createDirectories(site);
    for (String part : SITE_PARTS) {
      Path fresh = building.resolve(part);
      if (!Files.exists(fresh)) {
        continue;
      }
      Path current = site.resolve(part);
      Path old = site.resolve("." + part + ".old-" + java.util.UUID.randomUUID());
      if (Files.exists(current, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        Files.move(current, old, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(fresh, current, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      deleteTree(old);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private Path write() throws IOException, SQLException {
    Files.createDirectories(site.resolve("assets"));
    Files.createDirectories(site.resolve("story"));
    Files.createDirectories(site.resolve("outlet"));
    try (InputStream charts = ReportSite.class.getClassLoader().getResourceAsStream(ECHARTS)) {
      if (charts == null) {
        throw new IllegalStateException(ECHARTS + " is not on the classpath");
      }
      Files.copy(
          charts,
          site.resolve("assets/echarts.min.js"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    Files.writeString(site.resolve("assets/site.css"), CSS, StandardCharsets.UTF_8);
    Files.writeString(site.resolve("assets/site.js"), SITE_SCRIPT, StandardCharsets.UTF_8);

    List<Map<String, Object>> stories =
        rows(
            "SELECT s.story_id, s.title, s.first_published_at, s.outlet_count, s.article_count,"
                + " s.top_terms, max(p.lexical_divergence) AS lexical, max(p.frame_divergence) AS"
                + " frames, max(abs(p.tone_gap)) AS tone_gap, sum(p.a_omits + p.b_omits) AS omitted"
                + " FROM %s s LEFT JOIN %s p ON p.story_id = s.story_id AND p.run_date = s.run_date"
                + " WHERE s.run_date = DATE '%s' GROUP BY ALL"
                + " ORDER BY s.outlet_count DESC, s.article_count DESC, s.title",
            table("stories"), table("outlet_pairs"), runDate);
    List<Map<String, Object>> outlets =
        rows(
            "SELECT * FROM %s WHERE run_date = DATE '%s' ORDER BY article_count DESC, outlet",
            table("outlet_profiles"), runDate);
    outletPages =
        PageNames.forOutlets(outlets.stream().map(o -> o.get("outlet").toString()).toList());
    storyGroups = new LinkedHashMap<>();
    blindspots = List.of();
    if (hasTable("story_groups")) {
      for (Map<String, Object> g :
          rows(
              "SELECT story_id, group_column, group_value, outlets, coverage_share FROM %s"
                  + " WHERE run_date = DATE '%s' ORDER BY story_id, group_column, group_value"
                  + " NULLS LAST",
              table("story_groups"), runDate)) {
        storyGroups
            .computeIfAbsent(g.get("story_id").toString(), k -> new LinkedHashMap<>())
            .computeIfAbsent(g.get("group_column").toString(), k -> new ArrayList<>())
            .add(g);
      }
    }
    List<String> columnOrder = new ArrayList<>();
    for (Map<String, Object> summary :
        rows(
            "SELECT * FROM %s WHERE run_date = DATE '%s' ORDER BY finished_at DESC LIMIT 1",
            table("run_summary"), runDate)) {
      if (summary.get("group_columns") instanceof List<?> columns) {
        columns.forEach(c -> columnOrder.add(String.valueOf(c)));
      }
    }
    for (Map.Entry<String, Map<String, List<Map<String, Object>>>> story : storyGroups.entrySet()) {
      Map<String, List<Map<String, Object>>> ordered = new LinkedHashMap<>();
      columnOrder.forEach(
          c -> {
            if (story.getValue().containsKey(c)) {
              ordered.put(c, story.getValue().get(c));
            }
          });
      ordered.putAll(story.getValue());
      story.setValue(ordered);
    }
    if (hasTable("blindspots")) {
      blindspots =
          rows(
              "SELECT b.*, s.outlet_count FROM %s b JOIN %s s ON s.story_id = b.story_id AND"
                  + " s.run_date = b.run_date WHERE b.run_date = DATE '%s'"
                  + " ORDER BY b.group_column, b.missing_value, b.covering_share DESC, b.title",
              table("blindspots"), table("stories"), runDate);
    }
    Path index = site.resolve("index.html");
    Files.writeString(index, indexPage(stories, outlets), StandardCharsets.UTF_8);
    for (Map<String, Object> story : stories) {
      if (((Number) story.get("outlet_count")).intValue() >= 2) {
        String id = story.get("story_id").toString();
        Files.writeString(
            site.resolve("story/" + storyFile(id) + ".html"),
            storyPage(story),
            StandardCharsets.UTF_8);
      }
    }
    for (Map<String, Object> outlet : outlets) {
      String name = outlet.get("outlet").toString();
      Files.writeString(
          site.resolve("outlet/" + outletPages.get(name) + ".html"),
          outletPage(outlet),
          StandardCharsets.UTF_8);
    }
    return index;
  }

  private String indexPage(List<Map<String, Object>> stories, List<Map<String, Object>> outlets)
      throws JsonProcessingException {
    StringBuilder body = new StringBuilder();
    body.append("<h1>Parallax: how outlets told the stories of ").append(runDate).append("</h1>\n");
    long shared =
        stories.stream().filter(s -> ((Number) s.get("outlet_count")).intValue() >= 2).count();
    body.append("<p>")
        .append(stories.size())
        .append(" stories, ")
        .append(shared)
        .append(" of them reported by two or more outlets (linked: their outlets side by side); ")
        .append(outlets.size())
        .append(" outlets. Click a column heading to sort.</p>\n");
    Map<String, Object> coverage = new LinkedHashMap<>();
    outlets.stream()
        .limit(20)
        .forEach(o -> coverage.put(o.get("outlet").toString(), o.get("shared_story_count")));
    body.append(
        chart("coverage", "Stories others also cover, per outlet (top 20)", barChart(coverage)));
    body.append("<table class=\"sortable\" id=\"stories\">\n<thead><tr>")
        .append("<th>story</th><th>first published</th><th data-type=\"number\">outlets</th>")
        .append(
            "<th data-type=\"number\">articles</th><th data-type=\"number\">word divergence</th>")
        .append(
            "<th data-type=\"number\">frame divergence</th><th data-type=\"number\">tone gap</th>")
        .append(
            "<th data-type=\"number\">facts omitted</th><th>coverage by group</th><th>top"
                + " terms</th></tr></thead>\n<tbody>\n");
    for (Map<String, Object> s : stories) {
      boolean linked = ((Number) s.get("outlet_count")).intValue() >= 2;
      String title = esc(titleOf(s.get("title")));
      body.append("<tr><td>")
          .append(
              linked
                  ? "<a href=\"story/" + storyFile(s.get("story_id")) + ".html\">" + title + "</a>"
                  : title)
          .append("</td><td>")
          .append(esc(s.get("first_published_at")))
          .append("</td><td>")
          .append(s.get("outlet_count"))
          .append("</td><td>")
          .append(s.get("article_count"))
          .append("</td><td>")
          .append(number(s.get("lexical")))
          .append("</td><td>")
          .append(number(s.get("frames")))
          .append("</td><td>")
          .append(number(s.get("tone_gap")))
          .append("</td><td>")
          .append(s.get("omitted") == null ? "" : s.get("omitted"))
          .append("</td><td>")
          .append(firstGroupShares(s.get("story_id").toString()))
          .append("</td><td>")
          .append(esc(list(s.get("top_terms"))))
          .append("</td></tr>\n");
    }
    body.append("</tbody></table>\n");
    body.append(blindspotSection());
    body.append("<h2>Outlets</h2>\n<ul class=\"outlets\">\n");
    for (Map<String, Object> o : outlets) {
      body.append("<li><a href=\"outlet/")
          .append(outletPage(o.get("outlet")))
          .append(".html\">")
          .append(esc(o.get("outlet")))
          .append("</a> (")
          .append(o.get("article_count"))
          .append(")</li>\n");
    }
    body.append("</ul>\n");
    return page("Parallax " + runDate, "", body.toString());
  }

  /** An outlet's omissions a story page shows; the rest are counted, and in the table. */
  public static final int OMISSIONS_SHOWN_PER_OUTLET = 15;

  private static void closeOmissions(StringBuilder body, String outlet, int more) {
    if (outlet == null) {
      return;
    }
    body.append("</tbody></table>\n");
    if (more > 0) {
      body.append("<p class=\"more\">")
          .append(more)
          .append(" more omissions of ")
          .append(esc(outlet))
          .append(" in this story are in the <code>omissions</code> table (the ones reported by")
          .append(" the most outlets, then the surest, are shown).</p>\n");
    }
  }

  private String storyPage(Map<String, Object> story) throws SQLException, JsonProcessingException {
    String id = story.get("story_id").toString();
    String where =
        " WHERE story_id = '" + id.replace("'", "''") + "' AND run_date = DATE '" + runDate + "'";
    List<Map<String, Object>> outlets =
        rows("SELECT * FROM %s" + where + " ORDER BY outlet", table("story_outlets"));
    List<Map<String, Object>> omissions =
        rows(
            "SELECT * FROM %s"
                + where
                + " ORDER BY outlet, reporter_count DESC, confidence DESC NULLS LAST, fact_rank",
            table("omissions"));
    List<Map<String, Object>> pairs =
        rows("SELECT * FROM %s" + where + " ORDER BY outlet_a, outlet_b", table("outlet_pairs"));
    List<Map<String, Object>> articles =
        rows(
            "SELECT outlet, title, url, published_at FROM %s" + where + " ORDER BY outlet, title",
            table("articles"));
    StringBuilder body = new StringBuilder();
    body.append("<p><a href=\"../index.html\">All stories</a></p>\n<h1>")
        .append(esc(titleOf(story.get("title"))))
        .append("</h1>\n<p>")
        .append(story.get("outlet_count"))
        .append(" outlets, ")
        .append(story.get("article_count"))
        .append(" articles; first published ")
        .append(esc(story.get("first_published_at")))
        .append("; top terms: ")
        .append(esc(list(story.get("top_terms"))))
        .append("</p>\n");
    body.append(groupCharts(id));
    body.append("<h2>The outlets side by side</h2>\n<table class=\"side\"><thead><tr><th></th>");
    for (Map<String, Object> o : outlets) {
      body.append("<th><a href=\"../outlet/")
          .append(outletPage(o.get("outlet")))
          .append(".html\">")
          .append(esc(o.get("outlet")))
          .append("</a></th>");
    }
    body.append("</tr></thead><tbody>\n");
    row(body, "articles", outlets, o -> String.valueOf(o.get("article_count")));
    row(body, "tone (-1..1)", outlets, o -> number(o.get("tone")));
    row(body, "sentences with loaded words", outlets, o -> share(o.get("loaded_share")));
    if (outlets.stream().anyMatch(o -> o.get("biased_share") != null)) {
      row(
          body,
          "sentences the bias model finds biased",
          outlets,
          o -> share(o.get("biased_share")));
    }
    row(body, "main frame", outlets, o -> esc(o.get("main_frame")));
    row(body, "most quoted", outlets, o -> esc(o.get("top_speaker")));
    row(body, "quote share", outlets, o -> shares(o.get("quote_share"), 6));
    row(body, "quote share by side", outlets, o -> shares(o.get("speaker_group_share"), 6));
    row(body, "sentiment toward main actors", outlets, o -> values(o.get("actor_sentiment")));
    row(body, "labels for main actors", outlets, o -> texts(o.get("actor_labels")));
    row(body, "distinctive words", outlets, o -> esc(list(o.get("distinctive_terms"))));
    body.append("</tbody></table>\n");

    Map<String, Map<String, Object>> groups = new LinkedHashMap<>();
    Map<String, Map<String, Object>> frames = new LinkedHashMap<>();
    for (Map<String, Object> o : outlets) {
      groups.put(o.get("outlet").toString(), mapOf(o.get("speaker_group_share")));
      frames.put(o.get("outlet").toString(), mapOf(o.get("frame_mix")));
    }
    body.append(chart("sides", "Quoted words by side, per outlet", stackedChart(groups)));
    body.append(chart("frames", "Frame scores (0..1), per outlet", groupedChart(frames)));

    body.append("<h2>What each outlet leaves out</h2>\n");
    String current = null;
    int shown = 0;
    int more = 0;
    for (Map<String, Object> om : omissions) {
      String outlet = om.get("outlet").toString();
      if (!outlet.equals(current)) {
        closeOmissions(body, current, more);
        current = outlet;
        shown = 0;
        more = 0;
        body.append("<h3>")
            .append(esc(outlet))
            .append(" omits</h3>\n<table class=\"omissions\"><thead><tr><th>kind</th><th>fact</th>")
            .append("<th>reported by</th><th>evidence</th><th>confidence</th>")
            .append("<th>closest sentence of this outlet</th></tr></thead><tbody>\n");
      }
      if (shown == OMISSIONS_SHOWN_PER_OUTLET) {
        more++;
        continue;
      }
      shown++;
      body.append("<tr><td>")
          .append(esc(om.get("kind")))
          .append("</td><td>")
          .append(esc(om.get("fact")))
          .append("</td><td>")
          .append(esc(list(om.get("reported_by"))))
          .append("</td><td class=\"evidence\">")
          .append(lines(om.get("evidence")))
          .append("</td><td>")
          .append(om.get("confidence") == null ? "" : number(om.get("confidence")))
          .append("</td><td class=\"evidence\">")
          .append(
              om.get("closest_sentence") == null
                  ? ""
                  : esc(om.get("closest_sentence"))
                      + " <span class=\"score\">("
                      + share(om.get("closest_score"))
                      + " of its words)</span>")
          .append("</td></tr>\n");
    }
    if (current != null) {
      closeOmissions(body, current, more);
    } else {
      body.append("<p>No omissions found.</p>\n");
    }

    body.append("<h2>Pairs of outlets</h2>\n<table class=\"sortable\"><thead><tr><th>outlets</th>")
        .append(
            "<th data-type=\"number\">tone gap</th><th data-type=\"number\">word divergence</th>")
        .append("<th data-type=\"number\">frame divergence</th>")
        .append("<th data-type=\"number\">quoted-source overlap</th>")
        .append("<th data-type=\"number\">a omits</th><th data-type=\"number\">b omits</th>")
        .append("</tr></thead><tbody>\n");
    for (Map<String, Object> p : pairs) {
      body.append("<tr><td>")
          .append(esc(p.get("outlet_a")))
          .append(" / ")
          .append(esc(p.get("outlet_b")))
          .append("</td><td>")
          .append(number(p.get("tone_gap")))
          .append("</td><td>")
          .append(number(p.get("lexical_divergence")))
          .append("</td><td>")
          .append(number(p.get("frame_divergence")))
          .append("</td><td>")
          .append(number(p.get("quoted_source_overlap")))
          .append("</td><td>")
          .append(p.get("a_omits"))
          .append("</td><td>")
          .append(p.get("b_omits"))
          .append("</td></tr>\n");
    }
    body.append("</tbody></table>\n<h2>Articles</h2>\n<ul>\n");
    for (Map<String, Object> a : articles) {
      Object url = a.get("url");
      body.append("<li>")
          .append(esc(a.get("outlet")))
          .append(": ")
          .append(articleLink(url, titleOf(a.get("title"))))
          .append(" (")
          .append(esc(a.get("published_at")))
          .append(")</li>\n");
    }
    body.append("</ul>\n");
    return page(titleOf(story.get("title")), "../", body.toString());
  }

  private String outletPage(Map<String, Object> o) throws SQLException, JsonProcessingException {
    String name = o.get("outlet").toString();
    List<Map<String, Object>> stories =
        rows(
            "SELECT DISTINCT s.story_id, s.title, s.outlet_count FROM %s a JOIN %s s"
                + " ON s.story_id = a.story_id AND s.run_date = a.run_date"
                + " WHERE a.outlet = '%s' AND a.run_date = DATE '%s'"
                + " ORDER BY s.outlet_count DESC, s.title",
            table("articles"), table("stories"), name.replace("'", "''"), runDate);
    StringBuilder body = new StringBuilder();
    body.append("<p><a href=\"../index.html\">All stories</a></p>\n<h1>")
        .append(esc(name))
        .append("</h1>\n<table class=\"profile\"><tbody>\n");
    mapOf(o.get("outlet_groups"))
        .forEach((column, value) -> profileRow(body, esc(column), esc(value)));
    profileRow(body, "articles", String.valueOf(o.get("article_count")));
    profileRow(
        body,
        "stories (shared with other outlets / only here)",
        o.get("story_count")
            + " ("
            + o.get("shared_story_count")
            + " / "
            + o.get("solo_story_count")
            + ")");
    profileRow(
        body, "share of the date's shared stories it covers", share(o.get("coverage_share")));
    profileRow(body, "tone (-1..1)", number(o.get("tone")));
    profileRow(body, "sentences with loaded words", share(o.get("loaded_share")));
    if (o.get("biased_share") != null) {
      profileRow(body, "sentences the bias model finds biased", share(o.get("biased_share")));
    }
    profileRow(body, "most quoted", esc(o.get("top_speaker")));
    profileRow(body, "quote share", shares(o.get("quote_share"), 10));
    profileRow(body, "sentiment toward the date's main actors", values(o.get("actor_sentiment")));
    profileRow(
        body, "distinctive words against all other outlets", esc(list(o.get("distinctive_terms"))));
    body.append("</tbody></table>\n");
    body.append(
        chart("sides", "Quoted words by side", barChart(mapOf(o.get("speaker_group_share")))));
    body.append(chart("frames", "Frame scores (0..1)", barChart(mapOf(o.get("frame_mix")))));
    body.append("<h2>Its stories</h2>\n<ul>\n");
    for (Map<String, Object> s : stories) {
      boolean linked = ((Number) s.get("outlet_count")).intValue() >= 2;
      body.append("<li>")
          .append(
              linked
                  ? "<a href=\"../story/"
                      + storyFile(s.get("story_id"))
                      + ".html\">"
                      + esc(titleOf(s.get("title")))
                      + "</a>"
                  : esc(titleOf(s.get("title"))))
          .append(" (")
          .append(s.get("outlet_count"))
          .append(" outlets)</li>\n");
    }
    body.append("</ul>\n");
    return page(name, "../", body.toString());
  }

  // --- coverage by group (story_groups) and blindspots ---

  private boolean hasTable(String name) {
    return Files.isDirectory(output.resolve(name).resolve("run_date=" + runDate));
  }

  /** The story's shares by the first grouping column, as text for the index: "left 50 %, ...". */
  private String firstGroupShares(String storyId) {
    Map<String, List<Map<String, Object>>> byColumn = storyGroups.get(storyId);
    if (byColumn == null || byColumn.isEmpty()) {
      return "";
    }
    Map.Entry<String, List<Map<String, Object>>> first = byColumn.entrySet().iterator().next();
    List<String> parts = new ArrayList<>();
    for (Map<String, Object> g : first.getValue()) {
      parts.add(groupValue(g) + " " + share(g.get("coverage_share")));
    }
    return esc(first.getKey() + ": " + String.join(", ", parts));
  }

  private static String groupValue(Map<String, Object> g) {
    return g.get("group_value") == null ? "(no value)" : g.get("group_value").toString();
  }

  /**
   * One stacked bar per grouping column: the story's coverage by value. The first column shows; a
   * menu (site.js) switches to the others, and without script all show.
   */
  private String groupCharts(String storyId) throws JsonProcessingException {
    Map<String, List<Map<String, Object>>> byColumn = storyGroups.get(storyId);
    if (byColumn == null || byColumn.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("<h2>Coverage by group</h2>\n");
    if (byColumn.size() > 1) {
      out.append("<p><label>Group by <select class=\"group-select\">");
      for (String column : byColumn.keySet()) {
        out.append("<option>").append(esc(column)).append("</option>");
      }
      out.append("</select></label></p>\n");
    }
    int index = 0;
    for (Map.Entry<String, List<Map<String, Object>>> column : byColumn.entrySet()) {
      Map<String, Map<String, Object>> bar = new LinkedHashMap<>();
      Map<String, Object> shares = new LinkedHashMap<>();
      StringBuilder who = new StringBuilder();
      for (Map<String, Object> g : column.getValue()) {
        shares.put(groupValue(g), g.get("coverage_share"));
        who.append(esc(groupValue(g)))
            .append(": ")
            .append(esc(list(g.get("outlets"))))
            .append(" (")
            .append(share(g.get("coverage_share")))
            .append(")<br>");
      }
      bar.put(column.getKey(), shares);
      Map<String, Object> option = new LinkedHashMap<>(stackedChart(bar));
      option.put("grid", Map.of("left", 10, "right", 30, "top", 30, "containLabel", true));
      out.append("<div class=\"group-chart\" data-group=\"")
          .append(esc(column.getKey()))
          .append("\">")
          .append(
              chart(
                      "group-" + index++,
                      "Share of the story's articles by " + column.getKey(),
                      option)
                  .replace("class=\"chart\"", "class=\"chart short\""))
          .append("<p class=\"who\">")
          .append(who)
          .append("</p></div>\n");
    }
    return out.toString();
  }

  /** The date's blindspots: stories one group's outlets cover and another's leave alone. */
  private String blindspotSection() {
    StringBuilder out = new StringBuilder("<h2>Blindspots</h2>\n");
    if (blindspots.isEmpty()) {
      return out.append(
              storyGroups.isEmpty()
                  ? "<p>No outlet registry with grouping columns was given to this run"
                      + " (--outlets FILE), so there are no groups to compare.</p>\n"
                  : "<p>No story that outlets of one group cover well and another's leave"
                      + " alone.</p>\n")
          .toString();
    }
    Map<String, Object> first = blindspots.get(0);
    out.append("<p>Stories that outlets of one value cover well (at least ")
        .append(first.get("min_covering_outlets"))
        .append(" outlets and ")
        .append(share(first.get("min_covering_share")))
        .append(" of its articles) and those of another value cover with at most ")
        .append(share(first.get("max_missing_share")))
        .append(" of them, though by its share of the date's articles it would have had at least ")
        .append(first.get("min_expected_articles"))
        .append(".</p>\n<table class=\"sortable\" id=\"blindspots\"><thead><tr>")
        .append("<th>group</th><th>missing</th><th>covered by</th><th>story</th>")
        .append("<th data-type=\"number\">covering outlets</th>")
        .append("<th data-type=\"number\">covering share</th>")
        .append("<th data-type=\"number\">missing share</th></tr></thead><tbody>\n");
    for (Map<String, Object> b : blindspots) {
      boolean linked = ((Number) b.get("outlet_count")).intValue() >= 2;
      String title = esc(titleOf(b.get("title")));
      out.append("<tr><td>")
          .append(esc(b.get("group_column")))
          .append("</td><td>")
          .append(esc(b.get("missing_value")))
          .append("</td><td>")
          .append(esc(b.get("covering_value")))
          .append("</td><td>")
          .append(
              linked
                  ? "<a href=\"story/" + storyFile(b.get("story_id")) + ".html\">" + title + "</a>"
                  : title)
          .append("</td><td>")
          .append(b.get("covering_outlets"))
          .append("</td><td>")
          .append(share(b.get("covering_share")))
          .append("</td><td>")
          .append(share(b.get("missing_share")))
          .append("</td></tr>\n");
    }
    return out.append("</tbody></table>\n").toString();
  }

  // --- charts: ECharts options as JSON, drawn as SVG by a line of script per chart ---

  private static Map<String, Object> barChart(Map<String, Object> values) {
    return Map.of(
        "tooltip", Map.of(),
        "grid", Map.of("left", 10, "right", 30, "containLabel", true),
        "xAxis", Map.of("type", "value"),
        "yAxis",
            Map.of("type", "category", "inverse", true, "data", new ArrayList<>(values.keySet())),
        "series", List.of(Map.of("type", "bar", "data", new ArrayList<>(values.values()))));
  }

  private static Map<String, Object> stackedChart(Map<String, Map<String, Object>> byOutlet) {
    return seriesChart(byOutlet, true);
  }

  private static Map<String, Object> groupedChart(Map<String, Map<String, Object>> byOutlet) {
    return seriesChart(byOutlet, false);
  }

  private static Map<String, Object> seriesChart(
      Map<String, Map<String, Object>> byOutlet, boolean stacked) {
    TreeMap<String, Boolean> keys = new TreeMap<>();
    byOutlet.values().forEach(m -> m.keySet().forEach(k -> keys.put(k, true)));
    List<Object> series = new ArrayList<>();
    for (String key : keys.keySet()) {
      List<Object> data = new ArrayList<>();
      byOutlet.values().forEach(m -> data.add(m.getOrDefault(key, 0)));
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("name", key);
      s.put("type", "bar");
      if (stacked) {
        s.put("stack", "all");
      }
      s.put("data", data);
      series.add(s);
    }
    return Map.of(
        "tooltip", Map.of(),
        "legend", Map.of("top", 0),
        "grid", Map.of("left", 10, "right", 30, "top", 60, "containLabel", true),
        "xAxis", Map.of("type", "value"),
        "yAxis",
            Map.of("type", "category", "inverse", true, "data", new ArrayList<>(byOutlet.keySet())),
        "series", series);
  }

  private static String chart(String id, String caption, Map<String, Object> option)
      throws JsonProcessingException {
    Map<String, Object> still = new LinkedHashMap<>(option);
    still.put("animation", false); // drawn once: print and screenshots show the whole chart
    return "<figure><figcaption>"
        + esc(caption)
        + "</figcaption><div class=\"chart\" id=\"chart-"
        + id
        + "\"></div></figure>\n<script type=\"application/json\" class=\"chart-option\""
        + " data-chart=\"chart-"
        + id
        + "\">"
        + scriptSafeJson(still)
        + "</script>\n";
  }

  // --- page frame ---

  private static String page(String title, String root, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\""
        + CONTENT_SECURITY_POLICY
        + "\">\n<title>"
        + esc(title)
        + "</title>\n<link rel=\"stylesheet\" href=\""
        + root
        + "assets/site.css\">\n<script src=\""
        + root
        + "assets/echarts.min.js\"></script>\n</head><body>\n"
        + body
        + "<script src=\""
        + root
        + "assets/site.js\"></script>\n</body></html>\n";
  }

  /**
   * What a page may load and run: the site's own scripts only (no inline script), its style sheet
   * and inline styles (ECharts styles the SVG it draws; a style runs nothing), no plug-ins, forms
   * or base URL. Text from articles is escaped before it reaches a page; this is the second wall,
   * should an escape ever be missed.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
          + " base-uri 'none'; form-action 'none'";

  /**
   * JSON to embed in a script element: every '<', '>' and '&' as a JSON escape, so that no text in
   * it ("</script>", "<!--") can end the element or change how the browser reads it.
   */
  static String scriptSafeJson(Object value) throws JsonProcessingException {
    return JSON.writeValueAsString(value)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026");
  }

  /** A link for http and https addresses only; any other (javascript:, data:) is shown as text. */
  static String articleLink(Object url, String title) {
    if (url == null) {
      return esc(title);
    }
    String address = url.toString().strip();
    String scheme = address.contains(":") ? address.substring(0, address.indexOf(':')) : "";
    if (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) {
      return "<a href=\""
          + esc(address)
          + "\" rel=\"noopener noreferrer nofollow\">"
          + esc(title)
          + "</a>";
    }
    return esc(title) + " <span class=\"url\">" + esc(address) + "</span>";
  }

  /** A story's or article's title; titles are optional in the input. */
  static String titleOf(Object title) {
    return title == null || title.toString().isBlank() ? "(untitled)" : title.toString();
  }

  /**
   * A story page's file name: its id when that is a plain id (as the job writes them), else a hash
   * of it, so that no id read from the tables becomes a path or markup.
   */
  public static String storyFile(Object storyId) {
    String id = String.valueOf(storyId);
    if (id.matches("[A-Za-z0-9_-]{1,120}")) {
      return id;
    }
    try {
      return "story-"
          + HexFormat.of()
              .formatHex(
                  java.security.MessageDigest.getInstance("SHA-256")
                      .digest(id.getBytes(StandardCharsets.UTF_8)))
              .substring(0, 32);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String outletPage(Object outlet) {
    return outletPages.get(String.valueOf(outlet));
  }

  /**
   * The site's script: draws each chart from its JSON option (as SVG) and makes the headings of a
   * `sortable` table sort its rows by that column (click again to reverse).
   */
  private static final String SITE_SCRIPT =
      "document.querySelectorAll('script.chart-option').forEach(function (data) {"
          + " echarts.init(document.getElementById(data.dataset.chart), null, {renderer: 'svg'})"
          + ".setOption(JSON.parse(data.textContent)); });\n"
          + "document.querySelectorAll('table.sortable th').forEach(function (th, i) {"
          + " th.addEventListener('click', function () {"
          + " var body = th.closest('table').tBodies[0];"
          + " var number = th.dataset.type === 'number';"
          + " var down = th.dataset.sorted !== 'desc'; th.dataset.sorted = down ? 'desc' : 'asc';"
          + " var rows = Array.from(body.rows);"
          + " rows.sort(function (a, b) {"
          + " var x = a.cells[th.cellIndex].textContent, y = b.cells[th.cellIndex].textContent;"
          + " var c = number ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y);"
          + " return down ? -c : c; });"
          + " rows.forEach(function (r) { body.appendChild(r); }); }); });\n"
          + "document.querySelectorAll('select.group-select').forEach(function (select) {"
          + " function show() { document.querySelectorAll('div.group-chart').forEach(function (d) {"
          + " d.hidden = d.dataset.group !== select.value; }); }"
          + " select.addEventListener('change', show); show(); });";

  private static final String CSS =
      "body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 80em; padding: 0 1em;"
          + " color: #222; }\n"
          + "table { border-collapse: collapse; margin: 1em 0; width: 100%; }\n"
          + "th, td { border-bottom: 1px solid #ddd; padding: 0.3em 0.5em; text-align: left;"
          + " vertical-align: top; }\n"
          + "table.sortable th { cursor: pointer; background: #f4f4f4; }\n"
          + "table.side th { background: #f4f4f4; }\n"
          + "td.evidence { color: #555; font-size: 0.9em; }\n"
          + ".chart { width: 100%; height: 360px; } .chart.short { height: 140px; }\n"
          + "p.who { color: #555; font-size: 0.9em; }\n"
          + "figure { margin: 1.5em 0; } figcaption { font-weight: 600; }\n"
          + "ul.outlets { columns: 3; }\n"
          + "span.url { color: #777; font-size: 0.85em; word-break: break-all; }\n";

  // --- values to text ---

  private interface Cell {
    String of(Map<String, Object> outlet);
  }

  private static void row(
      StringBuilder body, String label, List<Map<String, Object>> outlets, Cell cell) {
    body.append("<tr><th>").append(esc(label)).append("</th>");
    for (Map<String, Object> o : outlets) {
      body.append("<td>").append(cell.of(o)).append("</td>");
    }
    body.append("</tr>\n");
  }

  private static void profileRow(StringBuilder body, String label, String value) {
    body.append("<tr><th>")
        .append(esc(label))
        .append("</th><td>")
        .append(value)
        .append("</td></tr>\n");
  }

  static String esc(Object value) {
    return value == null ? "" : Entities.escape(value.toString());
  }

  private static String number(Object value) {
    return value instanceof Number n ? String.format(Locale.ROOT, "%.3f", n.doubleValue()) : "";
  }

  private static String share(Object value) {
    return value instanceof Number n
        ? String.format(Locale.ROOT, "%.0f %%", 100 * n.doubleValue())
        : "";
  }

  private static String list(Object value) {
    return value instanceof List<?> l
        ? String.join(", ", l.stream().map(String::valueOf).toList())
        : "";
  }

  private static String lines(Object value) {
    return value instanceof List<?> l
        ? String.join("<br>", l.stream().map(ReportSite::esc).toList())
        : esc(value);
  }

  /** The largest {@code k} entries of a map of shares, as "name 40 %" lines. */
  private static String shares(Object value, int k) {
    List<Map.Entry<String, Object>> entries = new ArrayList<>(mapOf(value).entrySet());
    entries.sort(
        (a, b) ->
            Double.compare(
                ((Number) b.getValue()).doubleValue(), ((Number) a.getValue()).doubleValue()));
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Object> e : entries.subList(0, Math.min(k, entries.size()))) {
      out.append(esc(e.getKey())).append(" ").append(share(e.getValue())).append("<br>");
    }
    return out.toString();
  }

  private static String values(Object value) {
    StringBuilder out = new StringBuilder();
    mapOf(value).forEach((k, v) -> out.append(esc(k)).append(" ").append(number(v)).append("<br>"));
    return out.toString();
  }

  private static String texts(Object value) {
    StringBuilder out = new StringBuilder();
    mapOf(value).forEach((k, v) -> out.append(esc(k)).append(": ").append(esc(v)).append("<br>"));
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> mapOf(Object value) {
    Map<String, Object> map = new TreeMap<>();
    if (value instanceof Map<?, ?> m) {
      m.forEach((k, v) -> map.put(String.valueOf(k), v));
    }
    return map;
  }

  // --- DuckDB ---

  private String table(String name) {
    return table(output, name);
  }

  private static String table(Path output, String name) {
    return "read_parquet('"
        + output.toAbsolutePath().resolve(name).toString().replace("'", "''")
        + "/*/*.parquet', hive_partitioning = true, union_by_name = true)";
  }

  private List<Map<String, Object>> rows(String sql, Object... args) throws SQLException {
    return query(db, String.format(Locale.ROOT, sql, args));
  }

  private static List<Map<String, Object>> query(Connection db, String sql) throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (Statement statement = db.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= columns; i++) {
          row.put(result.getMetaData().getColumnLabel(i), plain(result.getObject(i)));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  /** DuckDB's JDBC lists and maps as plain Java lists and maps. */
  private static Object plain(Object value) throws SQLException {
    if (value instanceof java.sql.Array array) {
      List<Object> list = new ArrayList<>();
      for (Object item : (Object[]) array.getArray()) {
        list.add(plain(item));
      }
      return list;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> plain = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        plain.put(String.valueOf(e.getKey()), plain(e.getValue()));
      }
      return plain;
    }
    return value;
  }
}
