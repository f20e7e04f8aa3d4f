#!/usr/bin/env bash
# The nightly run: yesterday's (UTC) crawl into the warehouse, one run at a time. Re-running a day is safe:
# it replaces that day's partitions and nothing else. Pass a date to re-run an older day:
#   jobs/nightly.sh 2022-01-10
# Set these for your cluster (in the crontab or an environment file):
#   PARALLAX_MASTER   e.g. yarn, spark://host:7077, k8s://https://host:443
#   PARALLAX_INPUT    input glob with {date} where the day goes, e.g. hdfs:///crawl/{date}/*.jsonl.gz
#   PARALLAX_OUTPUT   e.g. hdfs:///warehouse/parallax
#   PARALLAX_LOG_DIR  where each night's log goes (default /var/log/parallax)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DAY="${1:-$(date -u -d yesterday +%F)}"
: "${PARALLAX_MASTER:?set PARALLAX_MASTER}" "${PARALLAX_INPUT:?set PARALLAX_INPUT}" "${PARALLAX_OUTPUT:?set PARALLAX_OUTPUT}"
LOG_DIR="${PARALLAX_LOG_DIR:-/var/log/parallax}"
mkdir -p "$LOG_DIR"
exec 9>"$LOG_DIR/.nightly.lock"
if ! flock -n 9; then
  echo "parallax nightly: another run is still going; not starting $DAY" >&2
  exit 75
fi
"$ROOT/jobs/spark-submit.sh" --master "$PARALLAX_MASTER" --input "${PARALLAX_INPUT//\{date\}/$DAY}" \
  --output "$PARALLAX_OUTPUT" --date "$DAY" >>"$LOG_DIR/$DAY.log" 2>&1
