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
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run per output and run date at a time. The run creates {@code
 * <output>/_locks/run_date=D.lock} (create-if-absent: O_EXCL on a local disk, HDFS's atomic create
 * elsewhere) holding its run id, host, process id and start, and touches it every {@link
 * #HEARTBEAT} while it runs. A second run of the same date refuses with exit code 75, naming the
 * holder. A lock is stale, and taken over, when its holder is a dead process on this host (a run
 * killed with SIGKILL) or when it has not been touched for {@link #STALE_AFTER} (a driver that died
 * on another machine). Runs of other dates are not held up.
 */
final class RunLock implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RunLock.class);
  static final Duration HEARTBEAT = Duration.ofSeconds(30);
  static final Duration STALE_AFTER = Duration.ofMinutes(5);

  private final FileSystem fs;
  private final Path lock;
  private final ScheduledExecutorService heartbeat;

  private RunLock(FileSystem fs, Path lock) {
    this.fs = fs;
    this.lock = lock;
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
  static RunLock acquire(FileSystem fs, Path outputRoot, LocalDate runDate, String runId) {
    Path lock = path(outputRoot, runDate);
    Properties holder = new Properties();
    holder.setProperty("run_id", runId);
    holder.setProperty("host", hostName());
    holder.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
    holder.setProperty("started", Instant.now().toString());
    try {
      fs.mkdirs(lock.getParent());
      for (int attempt = 0; attempt < 2; attempt++) {
        if (create(fs, lock, holder)) {
          return new RunLock(fs, lock);
        }
        Properties other = read(fs, lock);
        if (other == null) {
          continue; // released between our create and our read
        }
        long touched = fs.getFileStatus(lock).getModificationTime();
        String stale = staleness(other, touched, Instant.now());
        if (stale == null) {
          throw ParallaxErrors.runInProgress(
              runDate.toString(), outputRoot.toString(), describe(other), lock.toString());
        }
        LOG.warn("taking over the lock of run {}: {}", other.getProperty("run_id"), stale);
        fs.delete(lock, false);
      }
      throw ParallaxErrors.runInProgress(
          runDate.toString(), outputRoot.toString(), "lock changing hands", lock.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("taking the run lock " + lock, e);
    }
  }

  static Path path(Path outputRoot, LocalDate runDate) {
    return new Path(outputRoot, "_locks/run_date=" + runDate + ".lock");
  }

  /**
   * Why a lock is stale, or null when its holder may be alive: same host and its process is gone,
   * or no heartbeat for {@link #STALE_AFTER}.
   */
  static String staleness(Properties holder, long touchedMillis, Instant now) {
    if (hostName().equals(holder.getProperty("host"))) {
      try {
        long pid = Long.parseLong(holder.getProperty("pid", ""));
        if (ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)) {
          return "its process " + pid + " on this host is gone";
        }
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

  private static boolean create(FileSystem fs, Path lock, Properties holder) throws IOException {
    if (fs instanceof LocalFileSystem local) {
      // Hadoop's local create checks and then creates; O_EXCL is one step.
      java.nio.file.Path file = local.pathToFile(lock).toPath();
      try (OutputStream out =
          Files.newOutputStream(file, java.nio.file.StandardOpenOption.CREATE_NEW)) {
        holder.store(out, "parallax run lock");
        return true;
      } catch (FileAlreadyExistsException e) {
        return false;
      }
    }
    try (OutputStream out = fs.create(lock, false)) {
      holder.store(out, "parallax run lock");
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

  /** Releases the lock; the run is over, committed or not. */
  @Override
  public void close() {
    heartbeat.shutdownNow();
    try {
      fs.delete(lock, false);
    } catch (IOException e) {
      LOG.warn("could not remove the run lock {}: {}", lock, e.toString());
    }
  }
}
