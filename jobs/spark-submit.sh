#!/usr/bin/env bash
# Runs Parallax on a Spark cluster with spark-submit, from the jar `mvn -B -DskipTests package` builds
# (target/parallax-<version>-spark.jar: Parallax and its libraries, Spark left to the cluster).
#
#   jobs/spark-submit.sh --master yarn --input 'hdfs:///crawl/2022-01-10/*.jsonl.gz' \
#       --output hdfs:///warehouse/parallax --date 2022-01-10 [other `parallax run` flags]
#
# --master, --input, --output and --date are required here: a scheduled job should never fall back to the
# sample corpus or to today's date. Environment: SPARK_SUBMIT (default: spark-submit on the PATH),
# PARALLAX_JAR (default: the jar under target/), PARALLAX_CONFIG (default: conf/parallax.properties),
# SPARK_SUBMIT_OPTS_EXTRA (more spark-submit flags, e.g. "--num-executors 20 --executor-memory 8g").
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
usage() { echo "usage: jobs/spark-submit.sh --master URL --input PATH [--input PATH ...] --output DIR --date YYYY-MM-DD [parallax run flags]" >&2; exit 2; }

MASTER="" OUTPUT="" DATE="" HAVE_INPUT=""
RUN_ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --master) [ $# -ge 2 ] || usage; MASTER="$2"; shift 2 ;;
    --output) [ $# -ge 2 ] || usage; OUTPUT="$2"; RUN_ARGS+=("$1" "$2"); shift 2 ;;
    --date) [ $# -ge 2 ] || usage; DATE="$2"; RUN_ARGS+=("$1" "$2"); shift 2 ;;
    --input) [ $# -ge 2 ] || usage; HAVE_INPUT=1; RUN_ARGS+=("$1" "$2"); shift 2 ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) RUN_ARGS+=("$1"); shift ;;
  esac
done
[ -n "$MASTER" ] && [ -n "$OUTPUT" ] && [ -n "$DATE" ] && [ -n "$HAVE_INPUT" ] || usage

JAR="${PARALLAX_JAR:-$(ls "$ROOT"/target/parallax-*-spark.jar 2>/dev/null | head -n 1 || true)}"
if [ -z "$JAR" ] || [ ! -f "$JAR" ]; then
  echo "jobs/spark-submit.sh: no Parallax jar; run 'mvn -B -DskipTests package' in $ROOT or set PARALLAX_JAR" >&2
  exit 2
fi
CONFIG="${PARALLAX_CONFIG:-$ROOT/conf/parallax.properties}"
# Spark's module flags for Java 17, from the one list the launcher and the tests use too.
MODULE_OPTIONS="$(grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' "$ROOT/conf/java-module-options" | tr '\n' ' ')"

# shellcheck disable=SC2086
exec "${SPARK_SUBMIT:-spark-submit}" \
  --master "$MASTER" \
  --name "parallax $DATE" \
  --class io.parallax.cli.Main \
  --files "$CONFIG,$ROOT/conf/log4j2.properties" \
  --driver-java-options "$MODULE_OPTIONS -Dlog4j2.configurationFile=file:$ROOT/conf/log4j2.properties" \
  --conf "spark.executor.extraJavaOptions=$MODULE_OPTIONS" \
  ${SPARK_SUBMIT_OPTS_EXTRA:-} \
  "$JAR" run --config "$CONFIG" "${RUN_ARGS[@]}"
