package io.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.errors.UserException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Properties;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {
  private static final LocalDate DATE = LocalDate.of(2022, 1, 10);

  @TempDir Path output;

  private FileSystem fs() throws IOException {
    return FileSystem.getLocal(new Configuration());
  }

  private org.apache.hadoop.fs.Path root() {
    return new org.apache.hadoop.fs.Path(output.toUri());
  }

  @Test
  void aSecondRunOfTheSameDateRefusesNamingTheFirstWhileOtherDatesGoOn() throws IOException {
    try (RunLock first = RunLock.acquire(fs(), root(), DATE, "run-one")) {
      assertThatThrownBy(() -> RunLock.acquire(fs(), root(), DATE, "run-two"))
          .isInstanceOf(UserException.class)
          .hasMessageContaining("another run is writing run date 2022-01-10")
          .hasMessageContaining("run run-one")
          .hasMessageContaining("pid " + ProcessHandle.current().pid())
          .satisfies(e -> assertThat(((UserException) e).exitCode()).isEqualTo(75));
      try (RunLock otherDay = RunLock.acquire(fs(), root(), DATE.plusDays(1), "run-three")) {
        assertThat(RunLock.isHeld(fs(), root(), DATE.plusDays(1))).isTrue();
      }
    }
    assertThat(RunLock.isHeld(fs(), root(), DATE)).isFalse();
    try (RunLock again = RunLock.acquire(fs(), root(), DATE, "run-four")) {
      assertThat(output.resolve("_locks/run_date=2022-01-10.1.lock"))
          .content()
          .contains("run-four");
      assertThat(output.resolve("_locks/run_date=2022-01-10.0.lock"))
          .content()
          .contains("released");
    }
  }

  @Test
  void theLockOfAKilledRunOnThisHostIsTakenOver() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Properties holder = new Properties();
    holder.setProperty("run_id", "killed-run");
    holder.setProperty("host", java.net.InetAddress.getLocalHost().getHostName());
    holder.setProperty("pid", Long.toString(gone.pid()));
    holder.setProperty("end", "end"); // a lock file written to its end
    Path lock = output.resolve("_locks/run_date=2022-01-10.0.lock");
    Files.createDirectories(lock.getParent());
    try (OutputStream out = Files.newOutputStream(lock)) {
      holder.store(out, null);
    }

    try (RunLock taken = RunLock.acquire(fs(), root(), DATE, "next-run")) {
      assertThat(output.resolve("_locks/run_date=2022-01-10.1.lock"))
          .content()
          .contains("next-run");
    }
  }

  @Test
  void aLockIsStaleWhenItsProcessIsGoneOrItsHeartbeatStopped() {
    Properties elsewhere = new Properties();
    elsewhere.setProperty("host", "another-machine");
    elsewhere.setProperty("pid", "1");
    Instant now = Instant.parse("2026-11-24T02:00:00Z");
    long fresh = now.minusSeconds(60).toEpochMilli();
    long quiet = now.minus(RunLock.STALE_AFTER).minusSeconds(1).toEpochMilli();

    assertThat(RunLock.staleness(elsewhere, fresh, now)).isNull();
    assertThat(RunLock.staleness(elsewhere, quiet, now)).startsWith("no heartbeat for 5 minutes");

    Properties here = new Properties();
    here.setProperty("host", hostName());
    here.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
    here.setProperty("end", "end");
    assertThat(RunLock.staleness(here, fresh, now)).isNull();
    // A live process on this host is never taken over, however long its heartbeat was quiet.
    assertThat(RunLock.staleness(here, quiet, now)).isNull();
    // A lock file caught half written (no end line) is a live holder until its heartbeat stops.
    Properties halfWritten = new Properties();
    halfWritten.setProperty("host", hostName());
    halfWritten.setProperty("pid", "");
    assertThat(RunLock.staleness(halfWritten, fresh, now)).isNull();
  }

  @Test
  void ofRunsTakingOverAStaleLockAtOnceExactlyOneHoldsIt() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    int rounds = 100;
    int threads = 4;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < rounds; round++) {
        LocalDate date = DATE.plusDays(round);
        Properties holder = new Properties();
        holder.setProperty("run_id", "killed-" + round);
        holder.setProperty("host", hostName());
        holder.setProperty("pid", Long.toString(gone.pid()));
        holder.setProperty("end", "end");
        Path stale = output.resolve("_locks/run_date=" + date + ".0.lock");
        Files.createDirectories(stale.getParent());
        try (OutputStream out = Files.newOutputStream(stale)) {
          holder.store(out, null);
        }
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<RunLock>> tries = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
          String runId = "run-" + round + "-" + t;
          tries.add(
              pool.submit(
                  () -> {
                    start.await();
                    try {
                      return RunLock.acquire(fs(), root(), date, runId);
                    } catch (UserException refused) {
                      return null;
                    }
                  }));
        }
        start.countDown();
        java.util.List<RunLock> holders = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<RunLock> attempt : tries) {
          RunLock lock = attempt.get();
          if (lock != null) {
            holders.add(lock);
          }
        }
        assertThat(holders).as("round %d", round).hasSize(1);
        holders.forEach(RunLock::close);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRunTakenOverNoLongerHoldsTheLockAndReleasesOnlyItsOwnGeneration() throws IOException {
    RunLock first = RunLock.acquire(fs(), root(), DATE, "suspended-run");
    assertThat(first.stillHeld()).isTrue();
    // While it was paused, a run on another host judged it stale and took over (generation 1).
    Properties other = new Properties();
    other.setProperty("run_id", "new-holder");
    other.setProperty("host", "another-machine");
    other.setProperty("pid", "1");
    other.setProperty("end", "end");
    Path next = output.resolve("_locks/run_date=2022-01-10.1.lock");
    try (OutputStream out = Files.newOutputStream(next)) {
      other.store(out, null);
    }
    String taken = Files.readString(next);

    assertThat(first.stillHeld()).isFalse();
    first.close();

    assertThat(RunLock.isHeld(fs(), root(), DATE)).isTrue();
    assertThat(next).content().isEqualTo(taken);
    assertThat(output.resolve("_locks/run_date=2022-01-10.0.lock")).content().contains("released");
  }

  @Test
  void aLockOfThisHostWhoseProcessStartedAfterItIsStale() {
    Properties restarted = new Properties();
    restarted.setProperty("host", hostName());
    restarted.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
    restarted.setProperty("end", "end");
    Instant now = Instant.now();
    // Taken before this JVM started: this pid now belongs to another process.
    restarted.setProperty("started", "2000-01-01T00:00:00Z");
    assertThat(RunLock.staleness(restarted, now.toEpochMilli(), now)).contains("newer one");
    restarted.setProperty("started", now.toString());
    assertThat(RunLock.staleness(restarted, now.toEpochMilli(), now)).isNull();
  }

  private static String hostName() {
    try {
      return java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.net.UnknownHostException e) {
      return "unknown-host";
    }
  }
}
