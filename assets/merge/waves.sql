-- Link each impact to the nationwide wave of its night: a 'wave' incident of the same country,
-- attacker and day-precise date, when exactly one matches. Glide bombs and artillery are not
-- part of an air-attack wave, so only drone, missile, mixed or unknown impacts link.
-- Every incident's link is worked out and only those that changed are written (a merge keeps
-- the rows of unchanged date windows, and a wave may have come or gone in another window).
UPDATE incidents SET wave_id = n.wave_id
FROM (
    SELECT i.incident_id, w.wave_id
    FROM incidents i
    LEFT JOIN (
        SELECT i.incident_id, min(w.incident_id) AS wave_id
        FROM incidents i
        JOIN incidents w ON w.kind = 'wave' AND w.country = i.country
            AND w.attacker = i.attacker AND w.event_date = i.event_date
            AND w.date_precision = 'day'
        WHERE i.kind = 'impact' AND i.date_precision = 'day'
          AND i.weapon IN ('drone', 'missile', 'mixed', 'unknown')
          AND w.weapon IN ('drone', 'missile', 'mixed', 'unknown')
        GROUP BY i.incident_id
        HAVING count(*) = 1
    ) w USING (incident_id)
) n
WHERE incidents.incident_id = n.incident_id AND incidents.wave_id IS DISTINCT FROM n.wave_id
