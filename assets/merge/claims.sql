-- One row per mention and reported figure (killed, injured, launched, intercepted), with the
-- merged incident ({members}: mention -> incident of the date windows being written), the
-- outlet and time of the article, and whether the evidence attributes it to an official local
-- source ($official is a regular expression from data/official_sources.txt).
-- `chosen` marks the claim that gives the incident's value:
--   killed / injured: the latest official claim, else the highest figure;
--   launched / intercepted: the latest claim;
-- times compare in UTC (an offset like +03:00 is applied; a bare date is midnight UTC);
-- ties on time go to the higher figure, then the smaller mention_id (never input order).
WITH m AS (
    SELECT s.*, im.incident_id AS merged_id, a.outlet, a.published_at,
           coalesce({reported_utc}, '') AS reported_utc,
           regexp_matches(s.evidence, $official) AS official
    FROM {source} s
    JOIN {members} im USING (mention_id)
    LEFT JOIN articles a USING (article_id)
),
c AS (
    SELECT *, 'killed' AS field, killed AS value FROM m WHERE killed IS NOT NULL
    UNION ALL
    SELECT *, 'injured', injured FROM m WHERE injured IS NOT NULL
    UNION ALL
    SELECT *, 'launched', launched FROM m WHERE launched IS NOT NULL
    UNION ALL
    SELECT *, 'intercepted', intercepted FROM m WHERE intercepted IS NOT NULL
),
ranked AS (
    SELECT *, row_number() OVER (
        PARTITION BY merged_id, field
        ORDER BY CASE WHEN field IN ('killed', 'injured') THEN official ELSE true END DESC,
                 CASE WHEN field IN ('killed', 'injured') AND NOT official THEN ''
                      ELSE reported_utc END DESC,
                 value DESC, mention_id) AS rank
    FROM c
)
SELECT mention_id || ':' || field AS claim_id, merged_id AS incident_id, mention_id, article_id,
       field, value, outlet, published_at, official, rank = 1 AS chosen, evidence
FROM ranked
ORDER BY claim_id
