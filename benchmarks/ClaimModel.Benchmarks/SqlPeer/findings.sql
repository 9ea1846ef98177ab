-- The SQL peer: the engine's finding kinds denial, self-contradiction, conflicting-responsibility,
-- figure-conflict and figure-discrepancy over the tables of SqlPeerSchema, set-based (hash joins on equality
-- keys, anti-joins, no correlated subquery). Each statement ends with a semicolon at the end of a line.
-- Result: the table finding, in report order (incident, none first, then kind, then participants).

-- Sides. Every actor id any record names, walked up the affiliations (UNION drops repeats, so diamonds and
-- cycles end), and its roots: the ancestors-or-self that name no affiliation (unknown actors are their own root).
CREATE OR REPLACE TEMP TABLE ancestry AS
WITH RECURSIVE
    named(actor) AS (
        SELECT id FROM actor UNION SELECT claimant FROM claim UNION SELECT actor FROM stmt_actor
        UNION SELECT claimant FROM denial UNION SELECT actor FROM denial_actor),
    up(actor, ancestor) AS (
        SELECT actor, actor FROM named
        UNION
        SELECT up.actor, a.parent FROM up JOIN affiliation a ON a.child = up.ancestor)
SELECT actor, ancestor FROM up;

CREATE OR REPLACE TEMP TABLE side AS
SELECT u.actor, list(DISTINCT u.ancestor) AS roots
FROM ancestry u ANTI JOIN (SELECT DISTINCT child FROM affiliation) c ON c.child = u.ancestor
GROUP BY u.actor;

-- Statement entries with what the matches read: the claim's incident, the participant's statement position
-- (only for a claim of several statements), the modality (the statement's, else the claim's), the claimant's side.
CREATE OR REPLACE TEMP TABLE entry AS
SELECT s.entry, s.claim_id, s.pos, CASE WHEN c.statements > 1 THEN s.pos END AS ref_pos, s.kind, c.incident,
       coalesce(s.modality, c.modality) AS modality, cs.roots AS claimant_roots, s.present, s.intent,
       s.measure, s.subject, s.unit, s.qualifier, s.value, s.upper_value, s.vague, s.per, s.period_start, s.period_end
FROM stmt s JOIN claim c USING (claim_id) JOIN side cs ON cs.actor = c.claimant;

CREATE OR REPLACE TEMP TABLE denial_entry AS
SELECT d.*, ds.roots AS claimant_roots FROM denial d JOIN side ds ON ds.actor = d.claimant;

-- Conflicting responsibility: two responsibility statements of one incident whose actors' sides are disjoint,
-- by claimants of disjoint sides.
CREATE OR REPLACE TEMP TABLE responsibility AS
SELECT e.entry, any_value(e.claim_id) AS claim_id, any_value(e.ref_pos) AS ref_pos, any_value(e.incident) AS incident,
       any_value(e.modality) AS modality, any_value(e.claimant_roots) AS claimant_roots,
       coalesce(list_distinct(flatten(list(r.roots) FILTER (WHERE r.roots IS NOT NULL))), []) AS actor_roots
FROM entry e LEFT JOIN stmt_actor sa USING (entry) LEFT JOIN side r ON r.actor = sa.actor
WHERE e.kind = 'Responsibility' AND e.incident IS NOT NULL
GROUP BY e.entry;

CREATE OR REPLACE TEMP TABLE pair_finding AS
SELECT 1 AS kind, a.incident, a.claim_id AS a_id, a.ref_pos AS a_pos, a.modality AS a_modality,
       b.claim_id AS b_id, b.ref_pos AS b_pos, b.modality AS b_modality
FROM responsibility a JOIN responsibility b ON a.incident = b.incident AND a.entry < b.entry
WHERE NOT list_has_any(a.actor_roots, b.actor_roots) AND NOT list_has_any(a.claimant_roots, b.claimant_roots);

-- Figures. Each quantity becomes an interval in its unit (FigurePolicy: exact counts are points, exact
-- measurements carry half the rounding width of their last significant digit, "about" is plus or minus
-- max(tolerance times the value, half the rounding width), open-ended bounds, "nearly" just below, vague words
-- from their table), then is scaled to the base unit of its dimension. Decimal where the engine sums in decimal.
CREATE OR REPLACE TEMP TABLE figure AS
WITH q AS (
    SELECT e.*, coalesce(u.dimension, e.unit) AS dimension, coalesce(u.factor, 1) AS factor,
           coalesce(u.continuous, false) AS continuous, vb.lower_bound AS vague_lower, vb.upper_bound AS vague_upper,
           rtrim(rtrim(CAST(abs(e.value) AS VARCHAR), '0'), '.') AS digits, CAST(e.value AS DECIMAL(38, 12)) AS dv, p.approximate, p.nearly, p.rounding_scale
    FROM entry e CROSS JOIN policy p LEFT JOIN unit_def u ON u.unit = e.unit LEFT JOIN vague_bounds vb ON vb.word = e.vague
    WHERE e.kind = 'Quantity'),
w AS (
    SELECT *, CAST(CAST(CASE WHEN value = 0 THEN 0
                        WHEN strpos(digits, '.') > 0 THEN pow(10, -(length(digits) - strpos(digits, '.')))
                        ELSE pow(10, length(digits) - length(rtrim(digits, '0'))) END AS DECIMAL(38, 12)) * rounding_scale * 0.5 AS DECIMAL(38, 12)) AS half
    FROM q),
i AS (
    SELECT *, CAST(value AS DOUBLE) AS v, CASE qualifier
        WHEN 'Exact' THEN CASE WHEN continuous THEN CAST(dv - half AS DOUBLE) ELSE CAST(value AS DOUBLE) END
        WHEN 'Approximately' THEN CAST(value AS DOUBLE) - greatest(CAST(abs(value) AS DOUBLE) * approximate, CAST(half AS DOUBLE))
        WHEN 'AtLeast' THEN CAST(value AS DOUBLE)
        WHEN 'MoreThan' THEN CAST(value AS DOUBLE)
        WHEN 'AtMost' THEN -'inf'::DOUBLE
        WHEN 'LessThan' THEN -'inf'::DOUBLE
        WHEN 'Nearly' THEN CAST(dv - abs(dv) * nearly AS DOUBLE)
        WHEN 'Between' THEN CAST(value AS DOUBLE)
        WHEN 'Vague' THEN vague_lower END AS lo,
    qualifier = 'MoreThan' OR qualifier IN ('AtMost', 'LessThan') AS lo_open,
    CASE qualifier
        WHEN 'Exact' THEN CASE WHEN continuous THEN CAST(dv + half AS DOUBLE) ELSE CAST(value AS DOUBLE) END
        WHEN 'Approximately' THEN CAST(value AS DOUBLE) + greatest(CAST(abs(value) AS DOUBLE) * approximate, CAST(half AS DOUBLE))
        WHEN 'AtLeast' THEN 'inf'::DOUBLE
        WHEN 'MoreThan' THEN 'inf'::DOUBLE
        WHEN 'AtMost' THEN CAST(value AS DOUBLE)
        WHEN 'LessThan' THEN CAST(value AS DOUBLE)
        WHEN 'Nearly' THEN CAST(value AS DOUBLE)
        WHEN 'Between' THEN CAST(upper_value AS DOUBLE)
        WHEN 'Vague' THEN vague_upper END AS hi,
    CASE qualifier WHEN 'Exact' THEN continuous AND half <> 0 WHEN 'Approximately' THEN false WHEN 'AtMost' THEN false
        WHEN 'Nearly' THEN CAST(dv - abs(dv) * nearly AS DOUBLE) < CAST(value AS DOUBLE)
        WHEN 'Between' THEN false ELSE true END AS hi_open
    FROM w
    WHERE CASE qualifier WHEN 'Vague' THEN vague_lower IS NOT NULL WHEN 'Between' THEN value IS NOT NULL AND upper_value IS NOT NULL
        ELSE value IS NOT NULL END)
SELECT entry, claim_id, ref_pos, incident, modality, measure, dimension, subject, per, period_start, period_end,
       lo * factor AS lo, lo_open, hi * factor AS hi, hi_open
FROM i;

-- Two figures of one incident, measure, dimension, subject and rate unit whose periods overlap (a missing period
-- matches any) and whose intervals do not: the relative gap (distance over the larger facing bound) decides
-- between a discrepancy (at most the policy's threshold) and a conflict.
INSERT INTO pair_finding
WITH apart AS (
    SELECT a.*, b.claim_id AS b_id, b.ref_pos AS b_pos, b.modality AS b_modality,
           CASE WHEN a.hi < b.lo OR (a.hi = b.lo AND (a.hi_open OR b.lo_open)) THEN a.hi ELSE b.hi END AS below_hi,
           CASE WHEN a.hi < b.lo OR (a.hi = b.lo AND (a.hi_open OR b.lo_open)) THEN b.lo ELSE a.lo END AS above_lo
    FROM figure a JOIN figure b
      ON a.incident IS NOT DISTINCT FROM b.incident AND a.measure = b.measure AND a.dimension = b.dimension
     AND a.subject IS NOT DISTINCT FROM b.subject AND a.per IS NOT DISTINCT FROM b.per AND a.entry < b.entry
    WHERE (a.period_start IS NULL OR b.period_start IS NULL
           OR ((a.period_start < b.period_end OR b.period_end = 3155378975999999999)
               AND (b.period_start < a.period_end OR a.period_end = 3155378975999999999)))
      AND (a.hi < b.lo OR (a.hi = b.lo AND (a.hi_open OR b.lo_open))
           OR b.hi < a.lo OR (b.hi = a.lo AND (b.hi_open OR a.lo_open))))
SELECT CASE WHEN greatest(abs(below_hi), abs(above_lo)) = 0 OR (above_lo - below_hi) / greatest(abs(below_hi), abs(above_lo)) <= p.discrepancy
            THEN 4 ELSE 3 END,
       incident, claim_id, ref_pos, modality, b_id, b_pos, b_modality
FROM apart CROSS JOIN policy p;

-- Denials by statement: a denied responsibility or presence reaches the statements naming one of its actors or
-- an actor below it (ancestry), a target denial the target statements sharing a target kind, a quantity denial
-- the quantities of its measure and subject, an occurrence denial every occurrence; an incident denial only
-- statements of its incident (equality join), a general one (no incident) statements of any incident.
CREATE OR REPLACE TEMP TABLE candidate AS
WITH claim_actor AS (
    SELECT e.entry, e.incident, e.kind, e.present, sa.actor
    FROM entry e JOIN stmt_actor sa USING (entry)
    WHERE e.kind IN ('Responsibility', 'Presence')),
denied_actor AS (
    SELECT d.denial_id, d.incident, d.kind, d.present, an.actor
    FROM denial_entry d JOIN denial_actor da USING (denial_id) JOIN ancestry an ON an.ancestor = da.actor
    WHERE d.kind IN ('Responsibility', 'Presence')),
by_target AS (
    SELECT DISTINCT d.denial_id, st.entry
    FROM denial_entry d JOIN denial_target dt USING (denial_id) JOIN stmt_target st ON st.kind = dt.kind
    WHERE d.kind = 'Target')
SELECT x.denial_id, c.entry FROM denied_actor x JOIN claim_actor c
  ON c.incident = x.incident AND c.actor = x.actor AND c.kind = x.kind AND c.present IS NOT DISTINCT FROM x.present
UNION ALL
SELECT x.denial_id, c.entry FROM (SELECT * FROM denied_actor WHERE incident IS NULL) x JOIN claim_actor c
  ON c.actor = x.actor AND c.kind = x.kind AND c.present IS NOT DISTINCT FROM x.present
UNION ALL
SELECT b.denial_id, e.entry FROM by_target b JOIN entry e ON e.entry = b.entry JOIN denial_entry d ON d.denial_id = b.denial_id
WHERE e.kind = 'Target' AND (d.incident IS NULL OR d.incident = e.incident)
UNION ALL
SELECT d.denial_id, e.entry FROM denial_entry d JOIN entry e
  ON e.kind = 'Quantity' AND e.measure = d.measure AND e.subject IS NOT DISTINCT FROM d.subject AND e.incident = d.incident
WHERE d.kind = 'Quantity'
UNION ALL
SELECT d.denial_id, e.entry FROM denial_entry d JOIN entry e
  ON e.kind = 'Quantity' AND e.measure = d.measure AND e.subject IS NOT DISTINCT FROM d.subject
WHERE d.kind = 'Quantity' AND d.incident IS NULL
UNION ALL
SELECT d.denial_id, e.entry FROM denial_entry d JOIN entry e ON e.kind = 'Occurrence' AND e.incident = d.incident
WHERE d.kind = 'Occurrence'
UNION ALL
SELECT d.denial_id, e.entry FROM denial_entry d JOIN entry e ON e.kind = 'Occurrence'
WHERE d.kind = 'Occurrence' AND d.incident IS NULL;

-- The target rule for a denied responsibility naming targets: a claim naming targets matches when a target of
-- each overlaps (same kind, "other" by name ignoring case or unnamed, "civilians" covers the civilian kinds), a
-- claim naming none only for an incident denial.
CREATE OR REPLACE TEMP TABLE target_overlap AS
SELECT DISTINCT c.denial_id, c.entry
FROM candidate c JOIN denial_entry d ON d.denial_id = c.denial_id AND d.kind = 'Responsibility' AND d.targets > 0
JOIN denial_target dt ON dt.denial_id = c.denial_id JOIN stmt_target st ON st.entry = c.entry
WHERE (dt.kind = st.kind AND (dt.kind <> 'Other' OR dt.name IS NULL OR st.name IS NULL OR lower(dt.name) = lower(st.name)))
   OR (dt.kind = 'Civilians' AND st.kind IN ('Hospital', 'School', 'Mosque', 'ResidentialArea', 'Civilians', 'Infrastructure'))
   OR (st.kind = 'Civilians' AND dt.kind IN ('Hospital', 'School', 'Mosque', 'ResidentialArea', 'Civilians', 'Infrastructure'));

CREATE OR REPLACE TEMP TABLE entry_targets AS
SELECT entry, count(*) AS targets FROM stmt_target GROUP BY entry;

-- Denial pairs: by statement (candidates passing the target and intent rules, unless the denial names the claim
-- or that statement, which the match by id reports), and by id (the whole claim, or statement n of a claim of
-- several that the denial does not name as a whole). A claimant sharing a side with the denier contradicts itself.
CREATE OR REPLACE TEMP TABLE denial_pair AS
SELECT DISTINCT c.denial_id, e.claim_id, e.ref_pos, e.incident, e.modality, e.claimant_roots
FROM candidate c JOIN entry e ON e.entry = c.entry JOIN denial_entry d ON d.denial_id = c.denial_id
LEFT JOIN entry_targets et ON et.entry = c.entry
LEFT JOIN target_overlap t ON t.denial_id = c.denial_id AND t.entry = c.entry
ANTI JOIN (SELECT denial_id, claim_id FROM denied_claim WHERE pos IS NULL) w ON w.denial_id = c.denial_id AND w.claim_id = e.claim_id
ANTI JOIN (SELECT denial_id, claim_id, pos FROM denied_claim WHERE pos IS NOT NULL) n
  ON n.denial_id = c.denial_id AND n.claim_id = e.claim_id AND n.pos = e.pos
WHERE (d.kind <> 'Responsibility' OR d.targets = 0
       OR (coalesce(et.targets, 0) = 0 AND d.incident IS NOT NULL) OR t.entry IS NOT NULL)
  AND (d.denies <> 'Intent' OR (e.kind = 'Responsibility' AND e.intent IN ('Deliberate', 'Indiscriminate')))
UNION
SELECT n.denial_id, c.claim_id, NULL, c.incident,
       CASE WHEN c.statements = 1 THEN coalesce(s.modality, c.modality) ELSE c.modality END, cs.roots
FROM denied_claim n JOIN claim c USING (claim_id) JOIN side cs ON cs.actor = c.claimant
LEFT JOIN (SELECT claim_id, modality FROM stmt WHERE pos = 0) s ON s.claim_id = c.claim_id
WHERE n.pos IS NULL
UNION
SELECT n.denial_id, e.claim_id, e.ref_pos, e.incident, e.modality, e.claimant_roots
FROM denied_claim n JOIN entry e ON e.claim_id = n.claim_id AND e.pos = n.pos AND e.ref_pos IS NOT NULL
ANTI JOIN (SELECT denial_id, claim_id FROM denied_claim WHERE pos IS NULL) whole ON whole.denial_id = n.denial_id AND whole.claim_id = n.claim_id;

-- Every finding, participants in canonical order (claims before denials, then id, then statement position),
-- severity by kind (high: denial, responsibility, self-contradiction; medium: figure conflict; low: discrepancy),
-- one step lower when a participant is not asserted; findings naming a superseded or retracted claim leave.
CREATE OR REPLACE TEMP TABLE finding AS
WITH pairs AS (
    SELECT kind, incident,
           CASE WHEN a_id < b_id OR (a_id = b_id AND coalesce(a_pos, -1) < coalesce(b_pos, -1)) THEN a_id ELSE b_id END AS first_id,
           CASE WHEN a_id < b_id OR (a_id = b_id AND coalesce(a_pos, -1) < coalesce(b_pos, -1)) THEN a_pos ELSE b_pos END AS first_pos,
           0 AS second_role,
           CASE WHEN a_id < b_id OR (a_id = b_id AND coalesce(a_pos, -1) < coalesce(b_pos, -1)) THEN b_id ELSE a_id END AS second_id,
           CASE WHEN a_id < b_id OR (a_id = b_id AND coalesce(a_pos, -1) < coalesce(b_pos, -1)) THEN b_pos ELSE a_pos END AS second_pos,
           a_modality <> 'Asserted' OR b_modality <> 'Asserted' AS hedged, a_id AS revisable_a, b_id AS revisable_b
    FROM pair_finding
    UNION ALL
    SELECT CASE WHEN list_has_any(p.claimant_roots, d.claimant_roots) THEN 6 ELSE 0 END, coalesce(p.incident, d.incident),
           p.claim_id, p.ref_pos, 1, p.denial_id, NULL,
           p.modality <> 'Asserted' OR d.modality <> 'Asserted', p.claim_id, p.claim_id
    FROM denial_pair p JOIN denial_entry d USING (denial_id))
SELECT kind,
       CASE kind WHEN 3 THEN 2 WHEN 4 THEN 1 ELSE 3 END - CASE WHEN hedged THEN 1 ELSE 0 END AS severity,
       incident, first_id, first_pos, second_role, second_id, second_pos
FROM pairs
ANTI JOIN revision r ON r.claim_id = pairs.revisable_a
ANTI JOIN revision r2 ON r2.claim_id = pairs.revisable_b
ORDER BY incident NULLS FIRST, kind, first_id, first_pos NULLS FIRST, second_role, second_id, second_pos NULLS FIRST;
