package io.parallax.spark;

import io.parallax.errors.ParallaxErrors;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run per output and run date at a time. A run holds the lock of its date by creating the next
 * generation of it, {@code <output>/_locks/run_date=D.<n>.lock} (create-if-absent: O_EXCL on a
 * local disk, HDFS's atomic create elsewhere), holding its run id, host, process id and start, and
 * touches it every {@link #HEARTBEAT} while it runs. The newest generation decides: a second run of
 * the same date refuses with exit code 75 while its holder lives, naming it.
 *
 * <p>A holder that is gone is taken over by creating the generation after it, so that of two runs
 * taking over at once only one can succeed (the other finds that generation made and looks again);
 * no lock is ever deleted to be taken. The newest generation is never deleted either: releasing
 * writes "released" into it, so generations only grow and no run can start again from nothing while
 * another takes over. A lock is stale when released, when its holder is a process of this host that
 * is gone (a run killed with SIGKILL), or, for a holder on another host, when it has not been
 * touched for {@link #STALE_AFTER} (a driver that died on another machine). A live process on this
 * host is never taken over, however long its heartbeat has been quiet (a suspended VM, a clock
 * step). Runs of other dates are not held up.
 */
final class RunLock implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RunLock.class);
  static final Duration HEARTBEAT = Duration.ofSeconds(30);
  static final Duration STALE_AFTER = Duration.ofMinutes(5);
  private static final String RELEASED = "released";

  private final FileSystem fs;
  private final Path lock;
  private final String runId;
  private final LocalDate runDate;
  private final long generation;
  private final ScheduledExecutorService heartbeat;

  private RunLock(FileSystem fs, Path lock, String runId, LocalDate runDate, long generation) {
    this.fs = fs;
    this.lock = lock;
    this.runId = runId;
    this.runDate = runDate;
    this.generation = generation;
    this.heartbeat =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "parallax-run-lock");
              t.setDaemon(true);
              return t;
            });
    heartbeat.scheduleAtFixedRate(
        this::touch, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
  }

  /** Takes the lock for the run date, or throws the user error naming who holds it. */
  static RunLock acquire(FileSystem given, Path outputRoot, LocalDate runDate, String runId) {
    FileSystem fs = raw(given);
    Properties holder = new Properties();
    holder.setProperty("run_id", runId);
    holder.setProperty("host", hostName());
    holder.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
    holder.setProperty("started", Instant.now().toString());
    Path locks = new Path(outputRoot, "_locks");
    try {
      fs.mkdirs(locks);
      for (int attempt = 0; attempt < 5; attempt++) {
        long newest = newestGeneration(fs, locks, runDate);
        if (newest >= 0) {
          Path current = path(outputRoot, runDate, newest);
          Properties other = read(fs, current);
          long touched = modificationTime(fs, current);
          if (other == null || touched < 0) {
            continue; // cleaned up under us: a newer generation exists
          }
          String stale = staleness(other, touched, Instant.now());
          if (stale == null) {
            throw ParallaxErrors.runInProgress(
                runDate.toString(), outputRoot.toString(), describe(other), current.toString());
          }
          if (!RELEASED.equals(other.getProperty(RELEASED))) {
            LOG.warn("taking over the lock of run {}: {}", other.getProperty("run_id"), stale);
          }
        }
        Path mine = path(outputRoot, runDate, newest + 1);
        if (create(fs, mine, holder)) {
          return new RunLock(fs, mine, runId, runDate, newest + 1);
        }
        // Another run made this generation first: look at it.
      }
      throw ParallaxErrors.runInProgress(
          runDate.toString(),
          outputRoot.toString(),
          "lock changing hands",
          path(outputRoot, runDate, 0).toString());
    } catch (IOException e) {
      throw new UncheckedIOException("taking the run lock of " + runDate + " in " + locks, e);
    }
  }

  private static long modificationTime(FileSystem fs, Path lock) throws IOException {
    try {
      return fs.getFileStatus(lock).getModificationTime();
    } catch (java.io.FileNotFoundException e) {
      return -1;
    }
  }

  /** The lock file of a generation of the date's lock. */
  static Path path(Path outputRoot, LocalDate runDate, long generation) {
    return new Path(outputRoot, "_locks/" + prefix(runDate) + generation + ".lock");
  }

  private static String prefix(LocalDate runDate) {
    return "run_date=" + runDate + ".";
  }

  /** The newest generation of the date's lock, or -1 when it was never taken. */
  static long newestGeneration(FileSystem fs, Path locks, LocalDate runDate) throws IOException {
    long newest = -1;
    for (FileStatus file : fs.listStatus(locks)) {
      newest = Math.max(newest, generation(file.getPath().getName(), runDate));
    }
    return newest;
  }

  private static long generation(String name, LocalDate runDate) {
    String prefix = prefix(runDate);
    if (!name.startsWith(prefix) || !name.endsWith(".lock")) {
      return -1;
    }
    try {
      return Long.parseLong(name.substring(prefix.length(), name.length() - ".lock".length()));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * Why a lock is stale, or null when its holder may be alive: released, same host and its process
   * is gone, or another host and no heartbeat for {@link #STALE_AFTER}.
   */
  static String staleness(Properties holder, long touchedMillis, Instant now) {
    boolean complete = holder.getProperty(END) != null;
    if (complete && RELEASED.equals(holder.getProperty(RELEASED))) {
      return "released";
    }
    if (complete && hostName().equals(holder.getProperty("host"))) {
      try {
        long pid = Long.parseLong(holder.getProperty("pid", ""));
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
          return "its process " + pid + " on this host is gone";
        }
        if (startedAfter(process.get(), holder.getProperty("started"))) {
          // A restarted container gives the next JVM the same pid: not the lock's process.
          return "its process " + pid + " on this host is a newer one with the same number";
        }
        return null; // alive on this host: its heartbeat may be late, it is not gone
      } catch (NumberFormatException e) {
        return "it names no process";
      }
    }
    Duration quiet = Duration.between(Instant.ofEpochMilli(touchedMillis), now);
    if (quiet.compareTo(STALE_AFTER) > 0) {
      return "no heartbeat for " + quiet.toMinutes() + " minutes";
    }
    return null;
  }

  /** Whether the process started after the lock was taken (so it cannot be the lock's holder). */
  private static boolean startedAfter(ProcessHandle process, String lockStarted) {
    if (lockStarted == null) {
      return false;
    }
    try {
      Instant taken = Instant.parse(lockStarted);
      return process.info().startInstant().map(start -> start.isAfter(taken)).orElse(false);
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  private static String describe(Properties holder) {
    return "run "
        + holder.getProperty("run_id", "?")
        + ", host "
        + holder.getProperty("host", "?")
        + ", pid "
        + holder.getProperty("pid", "?")
        + ", started "
        + holder.getProperty("started", "?");
  }

  /**
   * A lock file's bytes, written in one call and ended by {@value #END}: a reader that finds no end
   * line caught the file half written and takes it for a live holder.
   */
  private static byte[] content(Properties holder) throws IOException {
    Properties fields = new Properties();
    fields.putAll(holder);
    fields.remove(END);
    java.io.StringWriter text = new java.io.StringWriter();
    fields.store(text, "parallax run lock");
    return (text + END + "=" + END + "\n").getBytes(StandardCharsets.ISO_8859_1);
  }

  private static final String END = "end";

  private static boolean create(FileSystem fs, Path lock, Properties holder) throws IOException {
    if (fs instanceof org.apache.hadoop.fs.RawLocalFileSystem local) {
      // Hadoop's local create checks and then creates; O_EXCL is one step.
      java.nio.file.Path file = local.pathToFile(lock).toPath();
      try (OutputStream out =
          Files.newOutputStream(file, java.nio.file.StandardOpenOption.CREATE_NEW)) {
        out.write(content(holder));
        return true;
      } catch (FileAlreadyExistsException e) {
        return false;
      }
    }
    try (OutputStream out = fs.create(lock, false)) {
      out.write(content(holder));
      return true;
    } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
      return false;
    } catch (IOException e) {
      if (fs.exists(lock)) {
        return false;
      }
      throw e;
    }
  }

  private static Properties read(FileSystem fs, Path lock) throws IOException {
    try (InputStream in = fs.open(lock)) {
      Properties p = new Properties();
      p.load(new java.io.InputStreamReader(in, StandardCharsets.ISO_8859_1));
      return p;
    } catch (java.io.FileNotFoundException e) {
      return null;
    }
  }

  private void touch() {
    try {
      fs.setTimes(lock, System.currentTimeMillis(), -1);
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not touch the run lock {}: {}", lock, e.toString());
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }

  /**
   * Releases the lock, when it is still this run's (a run taken over while suspended finds a newer
   * generation and leaves it alone); the run is over, committed or not.
   */
  @Override
  public void close() {
    heartbeat.shutdownNow();
    try {
      Properties holder = read(fs, lock);
      if (holder == null || !runId.equals(holder.getProperty("run_id"))) {
        LOG.warn("the run lock {} is no longer this run's; left as it is", lock);
        return;
      }
      holder.setProperty(RELEASED, RELEASED);
      holder.setProperty("released_at", Instant.now().toString());
      try (OutputStream out = fs.create(lock, true)) {
        out.write(content(holder));
      }
    } catch (IOException e) {
      LOG.warn("could not release the run lock {}: {}", lock, e.toString());
    }
  }

  /** Whether a run holds the date's lock now (its newest generation, not released). */
  /**
   * Whether the newest generation of the date's lock is still this run's: a run paused past its
   * heartbeat on another host may have been taken over, and must not commit then.
   */
  boolean stillHeld() {
    try {
      return newestGeneration(fs, lock.getParent(), runDate) == generation;
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not check the run lock {}: {}", lock, e.toString());
      return false;
    }
  }

  /**
   * Hadoop's local file system writes a checksum file beside each file, which a reader can catch
   * half written; the lock files are small and read whole, so they go through the raw one.
   */
  private static FileSystem raw(FileSystem fs) {
    return fs instanceof LocalFileSystem local ? local.getRawFileSystem() : fs;
  }

  static boolean isHeld(FileSystem given, Path outputRoot, LocalDate runDate) throws IOException {
    FileSystem fs = raw(given);
    Path locks = new Path(outputRoot, "_locks");
    if (!fs.exists(locks)) {
      return false;
    }
    long newest = newestGeneration(fs, locks, runDate);
    if (newest < 0) {
      return false;
    }
    Properties holder = read(fs, path(outputRoot, runDate, newest));
    return holder != null && !RELEASED.equals(holder.getProperty(RELEASED));
  }
}
