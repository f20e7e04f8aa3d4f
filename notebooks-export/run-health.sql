-- Run health: the queries an analyst or an on-call engineer runs after a nightly run.
-- DuckDB:  duckdb -c ".read notebooks-export/run-health.sql"   (run from the directory holding out/,
-- or replace 'out' with the output root; Trino and Spark SQL read the same files as Hive-partitioned tables).

-- 1. Every run, newest first: did every record get accounted for?
SELECT run_date, run_id, records_read, articles_written, quarantined, duplicates, accounting_balanced,
       quarantined_by_reason, stage_seconds
FROM read_parquet('out/run_summary/*/*.parquet', hive_partitioning = true)
ORDER BY run_date DESC;

-- 2. Why records were quarantined, per day, with one example message each.
SELECT run_date, reason_code, count(*) AS records, any_value(message) AS example
FROM read_parquet('out/quarantine/*/*.parquet', hive_partitioning = true)
GROUP BY ALL
ORDER BY run_date DESC, records DESC;

-- 3. Articles per outlet and language, and how many stay out of the English stages.
SELECT outlet, language, count(*) AS articles, count(excluded_reason) AS excluded,
       round(avg(word_count)) AS mean_words
FROM read_parquet('out/articles/*/*.parquet', hive_partitioning = true)
GROUP BY ALL
ORDER BY articles DESC;
