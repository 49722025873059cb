-- Link each impact to the nationwide wave of its night: a 'wave' incident of the same country,
-- attacker and day-precise date, when exactly one matches. Glide bombs and artillery are not
-- part of an air-attack wave, so only drone, missile, mixed or unknown impacts link.
UPDATE incidents SET wave_id = w.wave_id
FROM (
    SELECT i.incident_id, min(w.incident_id) AS wave_id
    FROM incidents i
    JOIN incidents w ON w.kind = 'wave' AND w.country = i.country AND w.attacker = i.attacker
        AND w.event_date = i.event_date AND w.date_precision = 'day'
    WHERE i.kind = 'impact' AND i.date_precision = 'day'
      AND i.weapon IN ('drone', 'missile', 'mixed', 'unknown')
      AND w.weapon IN ('drone', 'missile', 'mixed', 'unknown')
    GROUP BY i.incident_id
    HAVING count(*) = 1
) w
WHERE incidents.incident_id = w.incident_id
