-- One row per merged incident of the date windows being written ({members}: mention ->
-- incident; an incident never spans two windows), figures from the claims table (claims.sql:
-- `chosen` is the best estimate, low/high the range of the claims).
-- Place and date come from the most precise member (settlement before oblast, day before week),
-- then the latest report (publication times compared in UTC); ties are broken by mention_id so
-- the result never depends on input order. The wave_id link is set afterwards (waves.sql).
WITH m AS (
    SELECT s.*, im.incident_id AS merged_id, a.published_at,
           coalesce({reported_utc}, '') AS reported_utc,
           reported_utc || '|' || s.mention_id AS recency,
           CASE s.geo_precision WHEN 'settlement' THEN '3' WHEN 'admin1' THEN '2' ELSE '1' END
           || CASE s.date_precision WHEN 'day' THEN '3' WHEN 'week' THEN '2' WHEN 'month' THEN '1'
                   ELSE '0' END
           || '|' || reported_utc
           || '|' || s.mention_id AS precise
    FROM {source} s
    JOIN {members} im USING (mention_id)
    LEFT JOIN articles a USING (article_id)
),
fig AS (
    SELECT incident_id,
           max(value) FILTER (WHERE field = 'killed' AND chosen) AS killed,
           min(value) FILTER (WHERE field = 'killed') AS killed_low,
           max(value) FILTER (WHERE field = 'killed') AS killed_high,
           max(value) FILTER (WHERE field = 'injured' AND chosen) AS injured,
           min(value) FILTER (WHERE field = 'injured') AS injured_low,
           max(value) FILTER (WHERE field = 'injured') AS injured_high,
           max(value) FILTER (WHERE field = 'launched' AND chosen) AS launched,
           max(value) FILTER (WHERE field = 'intercepted' AND chosen) AS intercepted,
           coalesce(max(evidence) FILTER (WHERE field = 'killed' AND chosen),
                    max(evidence) FILTER (WHERE field = 'injured' AND chosen)) AS fig_evidence
    FROM claims
    WHERE incident_id IN (SELECT incident_id FROM {members})
    GROUP BY incident_id
),
models AS (
    SELECT merged_id, string_agg(DISTINCT trim(model), ', ' ORDER BY trim(model)) AS weapon_model
    FROM (SELECT merged_id, unnest(string_split(weapon_model, ',')) AS model FROM m
          WHERE weapon_model IS NOT NULL)
    GROUP BY merged_id
),
corrections AS (
    SELECT merged_id, string_agg(DISTINCT trim(c), ';' ORDER BY trim(c)) AS corrected_by
    FROM (SELECT merged_id, unnest(string_split(corrected_by, ';')) AS c FROM m
          WHERE corrected_by IS NOT NULL)
    GROUP BY merged_id
),
agg AS (
    SELECT
        merged_id AS incident_id,
        any_value(kind) AS kind,
        arg_max(event_date, precise) AS event_date,
        arg_max(date_precision, precise) AS date_precision,
        any_value(country) AS country,
        arg_max(admin1, precise) AS admin1,
        arg_max(admin1_code, precise) AS admin1_code,
        arg_max(location, precise) AS location,
        arg_max(latitude, precise) AS latitude,
        arg_max(longitude, precise) AS longitude,
        arg_max(geo_precision, precise) AS geo_precision,
        any_value(attacker) AS attacker,
        list_sort(list_distinct(coalesce(list(weapon) FILTER (WHERE weapon <> 'unknown'), [])))
            AS weapons,
        arg_max(weapon, recency) FILTER (WHERE weapon <> 'unknown') AS latest_weapon,
        coalesce(arg_max(target_type, recency) FILTER (WHERE target_type <> 'unknown'),
                 'unknown') AS target_type,
        CAST(count(DISTINCT article_id) AS INTEGER) AS n_articles,
        CAST(count(*) AS INTEGER) AS n_mentions,
        string_agg(DISTINCT article_id, ';' ORDER BY article_id) AS article_ids,
        arg_min(published_at, reported_utc || '|' || mention_id) AS first_reported_at,
        arg_max(published_at, reported_utc || '|' || mention_id) AS last_reported_at,
        arg_max(evidence, recency) AS latest_evidence
    FROM m
    GROUP BY merged_id
)
SELECT agg.*,
       -- One class, else drones and missiles together are 'mixed', else the latest report's.
       CASE WHEN len(weapons) = 0 THEN 'unknown'
            WHEN len(weapons) = 1 THEN weapons[1]
            WHEN list_has_all(['drone', 'missile', 'mixed'], weapons) THEN 'mixed'
            ELSE latest_weapon END AS weapon,
       models.weapon_model,
       fig.killed, fig.injured, fig.launched, fig.intercepted,
       fig.killed_low, fig.killed_high, fig.injured_low, fig.injured_high,
       CAST(NULL AS VARCHAR) AS wave_id,
       coalesce(fig.fig_evidence, latest_evidence) AS evidence,
       corrections.corrected_by
FROM agg
LEFT JOIN fig USING (incident_id)
LEFT JOIN models ON models.merged_id = agg.incident_id
LEFT JOIN corrections ON corrections.merged_id = agg.incident_id
ORDER BY incident_id
