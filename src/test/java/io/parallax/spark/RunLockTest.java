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
        assertThat(output.resolve("_locks/run_date=2022-01-11.lock")).exists();
      }
    }
    assertThat(output.resolve("_locks/run_date=2022-01-10.lock")).doesNotExist();
    try (RunLock again = RunLock.acquire(fs(), root(), DATE, "run-four")) {
      assertThat(output.resolve("_locks/run_date=2022-01-10.lock")).content().contains("run-four");
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
    Path lock = output.resolve("_locks/run_date=2022-01-10.lock");
    Files.createDirectories(lock.getParent());
    try (OutputStream out = Files.newOutputStream(lock)) {
      holder.store(out, null);
    }

    try (RunLock taken = RunLock.acquire(fs(), root(), DATE, "next-run")) {
      assertThat(lock).content().contains("next-run");
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
    assertThat(RunLock.staleness(here, fresh, now)).isNull();
  }

  private static String hostName() {
    try {
      return java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.net.UnknownHostException e) {
      return "unknown-host";
    }
  }
}
