-- Analyst questions: what a newsroom analyst or researcher asks of Parallax's tables first.
-- DuckDB:  duckdb -c ".read notebooks-export/analyst-questions.sql"   (run from the directory holding out/,
-- or replace 'out' with the output root). Each query starts with a `-- name:` line; the parameters sit in
-- the first CTE (`params`) of each query: change them there. Rendered with the sample run's results in
-- analyst-questions.md; AnalystQueriesTest runs every query here against a fresh sample run.

-- name: outlets-that-never-quote
-- Which outlets cover the stories where an actor is quoted, yet never quote that actor themselves?
-- (Whose voice does each outlet leave out?) Parameter: the actor id (`actors.actor_id`).
WITH params AS (SELECT 'person:biden|jsf' AS actor),
articles AS (SELECT * FROM read_parquet('out/articles/*/*.parquet', hive_partitioning = true)),
quotes AS (SELECT * FROM read_parquet('out/quotes/*/*.parquet', hive_partitioning = true)),
quoted AS (
  SELECT a.story_id, a.outlet
  FROM quotes q JOIN articles a USING (article_id), params
  WHERE q.speaker_actor_id = params.actor
),
stories_with_actor_quoted AS (SELECT DISTINCT story_id FROM quoted)
SELECT a.outlet,
       count(DISTINCT a.story_id) AS stories_where_others_quote_the_actor,
       list(DISTINCT a.title ORDER BY a.title) AS their_titles
FROM articles a JOIN stories_with_actor_quoted USING (story_id)
WHERE a.outlet NOT IN (SELECT outlet FROM quoted)
GROUP BY a.outlet
ORDER BY stories_where_others_quote_the_actor DESC, a.outlet;

-- name: tone-toward-actor-over-time
-- How does each outlet treat an actor, day by day? Mean target-dependent sentiment (`actors.sentiment`,
-- -1..1) weighted by the mentions scored, with how many articles it rests on. Parameter: the actor id.
WITH params AS (SELECT 'person:biden|jsf' AS actor),
actors AS (SELECT * FROM read_parquet('out/actors/*/*.parquet', hive_partitioning = true)),
articles AS (SELECT * FROM read_parquet('out/articles/*/*.parquet', hive_partitioning = true))
SELECT ar.published_date AS day,
       ar.outlet,
       round(sum(ac.sentiment * ac.sentiment_mentions) / sum(ac.sentiment_mentions), 3) AS sentiment,
       count(DISTINCT ac.article_id) AS articles,
       sum(ac.mention_count) AS mentions,
       list(DISTINCT role ORDER BY role) FILTER (WHERE role IS NOT NULL) AS labels_used
FROM actors ac
JOIN articles ar USING (article_id)
LEFT JOIN LATERAL (SELECT unnest(ac.roles) AS role) r ON true,
params
WHERE ac.actor_id = params.actor AND ac.sentiment_mentions > 0
GROUP BY ALL
ORDER BY day, sentiment;

-- name: stories-one-side-ignores
-- Which stories does one group of outlets cover that another ignores? Groups are the columns of the
-- outlet registry the run was given (--outlets: lean, country, ...); the job writes them to
-- `blindspots` with the thresholds it used. For left against right alone, add
-- WHERE group_column = 'lean'.
-- The sample has none: its roundups have one outlet per side, under the two that covering takes.
SELECT b.run_date, b.group_column, b.missing_value AS ignored_by, b.covering_value AS covered_by,
       b.title, b.covering_outlets, round(b.covering_share, 2) AS covering_share,
       round(b.missing_share, 2) AS missing_share
FROM read_parquet('out/blindspots/*/*.parquet', hive_partitioning = true) b
ORDER BY b.run_date DESC, b.group_column, ignored_by, covering_share DESC, b.title;

-- name: most-divergent-stories-this-week
-- The stories whose outlets differ most, over the last 7 run dates: per story, its most divergent pair of
-- outlets by word choice and by framing, the largest tone gap, and how many facts the pair omits each way.
WITH pairs AS (SELECT * FROM read_parquet('out/outlet_pairs/*/*.parquet', hive_partitioning = true)),
stories AS (SELECT * FROM read_parquet('out/stories/*/*.parquet', hive_partitioning = true)),
recent AS (SELECT * FROM pairs WHERE run_date > (SELECT max(run_date) FROM pairs) - INTERVAL 7 DAY)
SELECT s.title,
       s.outlet_count,
       round(max(p.lexical_divergence), 3) AS max_lexical_divergence,
       round(max(p.frame_divergence), 3) AS max_frame_divergence,
       round(max(abs(p.tone_gap)), 3) AS max_tone_gap,
       arg_max(p.outlet_a || ' vs ' || p.outlet_b, p.lexical_divergence) AS most_divergent_pair,
       sum(p.a_omits + p.b_omits) AS facts_omitted
FROM recent p JOIN stories s ON s.story_id = p.story_id AND s.run_date = p.run_date
GROUP BY s.story_id, s.title, s.outlet_count
ORDER BY max_lexical_divergence DESC, max_tone_gap DESC
LIMIT 10;
