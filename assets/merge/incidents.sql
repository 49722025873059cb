-- Merge mentions into incidents on the natural key (kind, country, admin1, location,
-- event_date, attacker), which the extractor already hashed into incident_id.
-- Figures come from the latest report that gives them ("rose to 10" wins over an earlier 8);
-- ties are broken by mention_id so the result never depends on input order.
WITH m AS (
    SELECT mentions.*, a.published_at,
           coalesce(a.published_at, '') || '|' || mentions.mention_id AS recency
    FROM mentions
    LEFT JOIN articles a USING (article_id)
)
SELECT
    incident_id,
    any_value(kind) AS kind,
    any_value(event_date) AS event_date,
    arg_max(date_precision, recency) AS date_precision,
    any_value(country) AS country,
    any_value(admin1) AS admin1,
    min(admin1_code) AS admin1_code,
    any_value(location) AS location,
    arg_max(latitude, recency) AS latitude,
    arg_max(longitude, recency) AS longitude,
    arg_max(geo_precision, recency) AS geo_precision,
    any_value(attacker) AS attacker,
    coalesce(arg_max(weapon, recency) FILTER (WHERE weapon <> 'unknown'), 'unknown') AS weapon,
    string_agg(DISTINCT weapon_model, ', ' ORDER BY weapon_model) AS weapon_model,
    arg_max(killed, recency) FILTER (WHERE killed IS NOT NULL) AS killed,
    arg_max(injured, recency) FILTER (WHERE injured IS NOT NULL) AS injured,
    arg_max(launched, recency) FILTER (WHERE launched IS NOT NULL) AS launched,
    arg_max(intercepted, recency) FILTER (WHERE intercepted IS NOT NULL) AS intercepted,
    coalesce(arg_max(target_type, recency) FILTER (WHERE target_type <> 'unknown'), 'unknown')
        AS target_type,
    CAST(count(DISTINCT article_id) AS INTEGER) AS n_articles,
    CAST(count(*) AS INTEGER) AS n_mentions,
    string_agg(DISTINCT article_id, ';' ORDER BY article_id) AS article_ids,
    min(published_at) AS first_reported_at,
    max(published_at) AS last_reported_at,
    arg_max(evidence, recency) AS evidence
FROM m
GROUP BY incident_id
ORDER BY incident_id
