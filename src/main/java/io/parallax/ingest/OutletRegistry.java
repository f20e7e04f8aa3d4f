package io.parallax.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The outlets a user keeps: one row per outlet of a CSV file with the columns {@code outlet_id},
 * {@code name}, {@code aliases} (names, domains and columnists' bylines that mean this outlet,
 * separated by {@code |}) and any number of grouping columns ({@code lean}, {@code country}, {@code
 * owner}, ...), whose values analysts compare outlets by. An outlet's id and name are aliases too.
 *
 * <p>An article's outlet is looked up by the key of the outlet it gives ({@link OutletNames#key}),
 * then, for a host, by its parent domains ({@code edition.cnn.com} is {@code cnn.com}), then by the
 * host of its URL and that host's parents. A file with a duplicate alias, an alias two outlets
 * claim, a missing or blank required column or a grouping column whose name is not a plain
 * lower-case identifier is refused whole, with the line that breaks it.
 */
public final class OutletRegistry implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String ID = "outlet_id";
  public static final String NAME = "name";
  public static final String ALIASES = "aliases";
  public static final String ALIAS_SEPARATOR = "|";

  /**
   * A grouping column's name: it becomes a value of `story_groups.group_column` and SQL map key.
   */
  private static final Pattern GROUP_COLUMN = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  private static final Pattern OUTLET_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  /** One registered outlet. */
  public record Outlet(String id, String name, Map<String, String> groups) implements Serializable {
    public Outlet {
      groups = Map.copyOf(groups);
    }
  }

  /** A registry that is not usable, with where and why. */
  public static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;

    public Invalid(String message) {
      super(message);
    }
  }

  private final List<String> groupColumns;
  private final Map<String, Outlet> byAliasKey;
  private final Map<String, Outlet> byId;
  private final String sha256;

  private OutletRegistry(
      List<String> groupColumns,
      Map<String, Outlet> byAliasKey,
      Map<String, Outlet> byId,
      String sha256) {
    this.groupColumns = List.copyOf(groupColumns);
    this.byAliasKey = Map.copyOf(byAliasKey);
    this.byId = Map.copyOf(byId);
    this.sha256 = sha256;
  }

  /** No outlets and no groups: every outlet keeps its canonical key. */
  public static OutletRegistry empty() {
    return new OutletRegistry(List.of(), Map.of(), Map.of(), "");
  }

  /** Parses the CSV text of a registry file. */
  public static OutletRegistry parse(String csv) throws Invalid {
    if (csv.startsWith("\uFEFF")) {
      csv = csv.substring(1); // the byte-order mark a spreadsheet writes first
    }
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(false)
            .setCommentMarker('#')
            .get();
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    try (Reader reader = new StringReader(text);
        CSVParser parser = format.parse(reader)) {
      List<String> header = parser.getHeaderNames();
      java.util.Set<String> named = new java.util.HashSet<>();
      for (String column : header) {
        if (!named.add(column)) {
          throw new Invalid("the header names column '" + column + "' twice");
        }
      }
      List<String> groupColumns = groupColumns(header);
      Map<String, Outlet> byAliasKey = new LinkedHashMap<>();
      Map<String, Long> aliasLine = new TreeMap<>();
      Map<String, Outlet> byId = new LinkedHashMap<>();
      for (CSVRecord row : parser) {
        long line = parser.getCurrentLineNumber();
        if (!row.isConsistent()) {
          throw new Invalid(
              "line " + line + " has " + row.size() + " fields, the header " + header.size());
        }
        String id = required(row, ID, line);
        if (!OUTLET_ID.matcher(id).matches()) {
          throw new Invalid(
              "line "
                  + line
                  + ": outlet_id '"
                  + id
                  + "' is not letters, digits, '.', '_' or '-' (at most 100)");
        }
        if (byId.containsKey(id)) {
          throw new Invalid("line " + line + ": outlet_id '" + id + "' is given twice");
        }
        String name = TextCleaner.normaliseSpace(required(row, NAME, line));
        Map<String, String> groups = new TreeMap<>();
        for (String column : groupColumns) {
          String value = TextCleaner.normaliseSpace(row.get(column));
          if (!value.isEmpty()) {
            groups.put(column, value);
          }
        }
        Outlet outlet = new Outlet(id, name, groups);
        byId.put(id, outlet);
        Set<String> implicitKeys = new HashSet<>();
        for (String idOrName : List.of(id, name)) {
          String key = OutletNames.key(idOrName);
          claim(byAliasKey, aliasLine, key, idOrName, outlet, line);
          implicitKeys.add(key);
        }
        Set<String> explicitKeys = new HashSet<>();
        for (String alias : row.get(ALIASES).split(Pattern.quote(ALIAS_SEPARATOR))) {
          String key = OutletNames.key(alias);
          if (key.isEmpty() || implicitKeys.contains(key)) {
            continue; // an outlet's id and name are its aliases already
          }
          if (!explicitKeys.add(key)) {
            throw new Invalid(
                "line " + line + ": alias '" + alias.strip() + "' of " + id + " is given twice");
          }
          claim(byAliasKey, aliasLine, key, alias, outlet, line);
        }
      }
      return new OutletRegistry(groupColumns, byAliasKey, byId, sha256(csv));
    } catch (IOException
        | java.io.UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      // commons-csv reports a broken quote while iterating, as an UncheckedIOException.
      throw new Invalid("not a CSV file this can read: " + e.getMessage());
    }
  }

  private static void claim(
      Map<String, Outlet> byAliasKey,
      Map<String, Long> aliasLine,
      String key,
      String alias,
      Outlet outlet,
      long line)
      throws Invalid {
    Outlet holder = byAliasKey.get(key);
    if (holder != null && !holder.id().equals(outlet.id())) {
      throw new Invalid(
          "line "
              + line
              + ": alias '"
              + alias.strip()
              + "' of "
              + outlet.id()
              + " is already "
              + holder.id()
              + "'s (line "
              + aliasLine.get(key)
              + "); an alias means one outlet");
    }
    byAliasKey.put(key, outlet);
    aliasLine.putIfAbsent(key, line);
  }

  private static List<String> groupColumns(List<String> header) throws Invalid {
    for (String required : List.of(ID, NAME, ALIASES)) {
      if (!header.contains(required)) {
        throw new Invalid(
            "the header has no column '"
                + required
                + "'; it needs outlet_id,name,aliases then any grouping columns");
      }
    }
    List<String> groups = new ArrayList<>();
    for (String column : header) {
      if (List.of(ID, NAME, ALIASES).contains(column)) {
        continue;
      }
      if (!GROUP_COLUMN.matcher(column).matches()) {
        throw new Invalid(
            "column '"
                + column
                + "' is not a grouping column name: lower-case letters, digits and _, starting with a"
                + " letter (e.g. lean, country, owner)");
      }
      groups.add(column);
    }
    return groups;
  }

  private static String required(CSVRecord row, String column, long line) throws Invalid {
    String value = row.get(column).strip();
    if (value.isEmpty()) {
      throw new Invalid("line " + line + ": " + column + " is empty");
    }
    return value;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The registered outlet an article belongs to: by the outlet it gives, then by its URL's host.
   */
  public Optional<Outlet> resolve(String givenOutlet, String url) {
    if (byAliasKey.isEmpty()) {
      return Optional.empty();
    }
    if (givenOutlet != null) {
      Optional<Outlet> byName = byKeyOrParentDomain(OutletNames.key(givenOutlet));
      if (byName.isPresent()) {
        return byName;
      }
    }
    return OutletNames.hostOfUrl(url).flatMap(this::byKeyOrParentDomain);
  }

  private Optional<Outlet> byKeyOrParentDomain(String key) {
    String candidate = key;
    while (true) {
      Outlet outlet = byAliasKey.get(candidate);
      if (outlet != null) {
        return Optional.of(outlet);
      }
      int dot = candidate.indexOf('.');
      if (dot < 0 || candidate.indexOf('.', dot + 1) < 0 || candidate.contains(" ")) {
        return Optional.empty();
      }
      candidate = candidate.substring(dot + 1);
    }
  }

  /** The grouping columns, in the file's order. */
  public List<String> groupColumns() {
    return groupColumns;
  }

  public boolean isRegistered(String outletId) {
    return byId.containsKey(outletId);
  }

  public int size() {
    return byId.size();
  }

  /** The SHA-256 of the file's text, as `run_summary.outlet_registry_sha256` records it. */
  public String sha256() {
    return sha256;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "%d outlets, groups %s, sha256 %s", byId.size(), groupColumns, sha256);
  }
}
