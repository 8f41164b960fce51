-- The baseline: every figure GET /api/analysis/years/{year} returns, for the year (period 1) and the year before (period 0),
-- as ONE hand-written statement that returns the finished figures as one jsonb document: counts, shares (four decimals),
-- Pareto with cumulative shares, median (mean of the two middle values), 90th percentile (nearest rank) and maximum of the
-- days to the decision letter, months with their term shares, the backlog, repeat files, rates per 1,000 files, and the
-- trend's counts and changes (the p-value of the exact Poisson test is arithmetic on two of these counts, done by the
-- endpoint in C#; it reads nothing). psql variables: from (1 Jan of the year before), split (1 Jan of the year), to (31 Dec).
-- One scan of the cohort (a materialised CTE), one hashed GROUPING SETS aggregate for every count, separate small
-- aggregates (each computed once) for the categories (unnest), the repeat files and the day statistics; the flows are
-- index counts.
WITH cohort AS MATERIALIZED (
    SELECT (received_on >= :'split'::date)::int AS period, received_on, complainant_type, channel, collection_agent,
           coalesce(decision_officer, officer) AS handled_by, file_key, categories, root_cause, classification_version, outcome,
           outcome IN ('WellFounded', 'PartlyWellFounded') AS upheld, acknowledged_on, acknowledgement_breached_at,
           acknowledgement_days_late, decision_letter_sent_on, settlement_breached_at, decision_days_late, days_to_decision,
           extended_at, referral_submitted_on, referral_outcome, closed_on, complainant_satisfied
    FROM analysis.complaint_facts
    WHERE received_on BETWEEN :'from'::date AND :'to'::date),
periods (period, from_on, to_on) AS (
    VALUES (0, :'from'::date, :'split'::date - 1), (1, :'split'::date, :'to'::date)),
g AS (
    SELECT period,
           CASE WHEN grouping(complainant_type) = 0 THEN 'complainant_type' WHEN grouping(channel) = 0 THEN 'channel'
                WHEN grouping(outcome) = 0 THEN 'outcome' WHEN grouping(root_cause) = 0 THEN 'root_cause'
                WHEN grouping(referral_outcome) = 0 THEN 'referral_outcome' WHEN grouping(collection_agent) = 0 THEN 'collection_agent'
                WHEN grouping(handled_by) = 0 THEN 'officer' WHEN grouping(month) = 0 THEN 'month' ELSE 'total' END AS dimension,
           coalesce(complainant_type, channel, outcome, root_cause, referral_outcome, collection_agent, handled_by, month::text) AS key,
           count(*) AS complaints,
           count(*) FILTER (WHERE upheld) AS upheld,
           count(*) FILTER (WHERE decision_letter_sent_on IS NOT NULL) AS decided_all,
           count(*) FILTER (WHERE decision_days_late IS NOT NULL) AS decided,
           count(*) FILTER (WHERE decision_days_late <= 0) AS decided_in_time,
           count(*) FILTER (WHERE decision_days_late > 0) AS decided_late,
           count(*) FILTER (WHERE decision_letter_sent_on IS NULL AND settlement_breached_at IS NOT NULL) AS undecided_breached,
           count(*) FILTER (WHERE settlement_breached_at IS NOT NULL) AS settlement_breaches,
           count(*) FILTER (WHERE acknowledgement_days_late <= 0) AS acknowledged_in_time,
           count(*) FILTER (WHERE acknowledgement_days_late > 0) AS acknowledged_late,
           count(*) FILTER (WHERE acknowledged_on IS NULL AND acknowledgement_breached_at IS NOT NULL) AS unacknowledged_breached,
           count(*) FILTER (WHERE acknowledgement_breached_at IS NOT NULL) AS acknowledgement_breaches,
           count(*) FILTER (WHERE extended_at IS NOT NULL) AS extended,
           count(*) FILTER (WHERE referral_submitted_on IS NOT NULL) AS referred,
           count(*) FILTER (WHERE referral_outcome IS NOT NULL) AS referrals_concluded,
           count(*) FILTER (WHERE referral_outcome IN ('Upheld', 'PartlyUpheld')) AS found_for_complainant,
           count(*) FILTER (WHERE closed_on IS NOT NULL) AS closed,
           count(*) FILTER (WHERE complainant_satisfied) AS satisfied,
           count(*) FILTER (WHERE cardinality(categories) > 1) AS multi_category,
           count(*) FILTER (WHERE classification_version = 0) AS unclassified
    FROM (SELECT *, (extract(year FROM received_on) * 100 + extract(month FROM received_on))::int AS month FROM cohort) AS c
    GROUP BY GROUPING SETS ((period), (period, complainant_type), (period, channel), (period, outcome), (period, root_cause),
                            (period, referral_outcome), (period, collection_agent), (period, handled_by), (period, month))),
t AS (SELECT * FROM g WHERE dimension = 'total'),
days AS MATERIALIZED (
    SELECT period, count(days_to_decision) AS n,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY days_to_decision) AS median,
           percentile_disc(0.9) WITHIN GROUP (ORDER BY days_to_decision) AS p90, max(days_to_decision) AS maximum
    FROM cohort WHERE days_to_decision IS NOT NULL GROUP BY period),
cats AS (
    SELECT period, category, count(*) AS complaints, count(*) FILTER (WHERE upheld) AS upheld
    FROM cohort, unnest(categories) AS category GROUP BY 1, 2),
repeats AS MATERIALIZED (
    SELECT period, count(*) AS files, sum(complaints)::bigint AS complaints
    FROM (SELECT period, file_key, count(*) AS complaints FROM cohort WHERE file_key IS NOT NULL
          GROUP BY 1, 2 HAVING count(*) > 1) AS r
    GROUP BY period),
flows AS (
    SELECT p.period,
           (SELECT count(*) FROM analysis.complaint_facts WHERE acknowledged_on BETWEEN p.from_on AND p.to_on) AS acknowledged,
           (SELECT count(*) FROM analysis.complaint_facts WHERE decision_letter_sent_on BETWEEN p.from_on AND p.to_on) AS decided,
           (SELECT count(*) FROM analysis.complaint_facts WHERE closed_on BETWEEN p.from_on AND p.to_on) AS closed,
           (SELECT count(*) FROM analysis.complaint_facts WHERE closed_on IS NULL AND received_on < p.from_on)
             + (SELECT count(*) FROM analysis.complaint_facts WHERE closed_on >= p.from_on AND received_on < p.from_on) AS open_at_start,
           (SELECT count(*) FROM analysis.complaint_facts WHERE closed_on IS NULL AND received_on <= p.to_on)
             + (SELECT count(*) FROM analysis.complaint_facts WHERE closed_on > p.to_on AND received_on <= p.to_on) AS open_at_end
    FROM periods AS p),
files AS (
    SELECT p.period, f.files FROM periods AS p JOIN analysis.yearly_file_counts AS f ON f.year = extract(year FROM p.from_on)),
month_list AS (
    SELECT p.period, m::date AS month FROM periods AS p, generate_series(p.from_on, p.to_on, interval '1 month') AS m),
figures AS (
    SELECT p.period, jsonb_build_object(
        'from', p.from_on, 'to', p.to_on,
        'received', coalesce(t.complaints, 0),
        'flows', (SELECT jsonb_build_object('acknowledged', f.acknowledged, 'decided', f.decided, 'closed', f.closed,
                      'openAtStart', f.open_at_start, 'openAtEnd', f.open_at_end) FROM flows AS f WHERE f.period = p.period),
        'categories', jsonb_build_object(
            'items', coalesce((SELECT jsonb_agg(jsonb_build_object('code', c.category, 'complaints', c.complaints,
                                   'share', round(c.complaints::numeric / nullif(t.complaints, 0), 4), 'upheld', c.upheld)
                               ORDER BY c.complaints DESC, c.category COLLATE "C")
                               FROM cats AS c WHERE c.period = p.period), '[]'),
            'multiCategory', coalesce(t.multi_category, 0)),
        'rootCauses', coalesce((SELECT jsonb_agg(jsonb_build_object('code', key, 'complaints', complaints,
                                   'share', round(complaints::numeric / nullif(whole, 0), 4),
                                   'cumulativeShare', round(running::numeric / nullif(whole, 0), 4)) ORDER BY complaints DESC, key COLLATE "C")
                               FROM (SELECT key, complaints, sum(complaints) OVER () AS whole,
                                            sum(complaints) OVER (ORDER BY complaints DESC, key COLLATE "C") AS running
                                     FROM g WHERE g.period = p.period AND dimension = 'root_cause' AND key IS NOT NULL) AS rc), '[]'),
        'unclassified', coalesce(t.unclassified, 0),
        'complainantTypes', coalesce((SELECT jsonb_agg(jsonb_build_object('key', key, 'complaints', complaints,
                                   'share', round(complaints::numeric / nullif(t.complaints, 0), 4)) ORDER BY complaints DESC, key COLLATE "C")
                               FROM g WHERE g.period = p.period AND dimension = 'complainant_type' AND key IS NOT NULL), '[]'),
        'channels', coalesce((SELECT jsonb_agg(jsonb_build_object('key', key, 'complaints', complaints,
                                   'share', round(complaints::numeric / nullif(t.complaints, 0), 4)) ORDER BY complaints DESC, key COLLATE "C")
                               FROM g WHERE g.period = p.period AND dimension = 'channel' AND key IS NOT NULL), '[]'),
        'collectionAgents', coalesce((SELECT jsonb_agg(jsonb_build_object('userName', key, 'complaints', complaints, 'decided', decided,
                                   'upheld', upheld, 'decidedInTime', decided_in_time) ORDER BY complaints DESC, key COLLATE "C")
                               FROM g WHERE g.period = p.period AND dimension = 'collection_agent' AND key IS NOT NULL), '[]'),
        'officers', coalesce((SELECT jsonb_agg(jsonb_build_object('userName', key, 'complaints', complaints, 'decided', decided,
                                   'upheld', upheld, 'decidedInTime', decided_in_time) ORDER BY complaints DESC, key COLLATE "C")
                               FROM g WHERE g.period = p.period AND dimension = 'officer' AND key IS NOT NULL), '[]'),
        'outcomes', jsonb_build_object(
            'decided', coalesce(t.decided_all, 0),
            'items', coalesce((SELECT jsonb_agg(jsonb_build_object('key', key, 'complaints', complaints,
                                   'share', round(complaints::numeric / nullif(t.decided_all, 0), 4)) ORDER BY complaints DESC, key COLLATE "C")
                               FROM g WHERE g.period = p.period AND dimension = 'outcome' AND key IS NOT NULL), '[]'),
            'upheld', coalesce(t.upheld, 0),
            'shareUpheld', round(t.upheld::numeric / nullif(t.decided_all, 0), 4)),
        'terms', jsonb_build_object(
            'acknowledgement', jsonb_build_object(
                'settled', coalesce(t.acknowledged_in_time + t.acknowledged_late + t.unacknowledged_breached, 0),
                'inTime', coalesce(t.acknowledged_in_time, 0), 'late', coalesce(t.acknowledged_late, 0),
                'notDoneBreached', coalesce(t.unacknowledged_breached, 0),
                'shareInTime', round(t.acknowledged_in_time::numeric
                                     / nullif(t.acknowledged_in_time + t.acknowledged_late + t.unacknowledged_breached, 0), 4),
                'breaches', coalesce(t.acknowledgement_breaches, 0)),
            'settlement', jsonb_build_object(
                'settled', coalesce(t.decided_in_time + t.decided_late + t.undecided_breached, 0),
                'inTime', coalesce(t.decided_in_time, 0), 'late', coalesce(t.decided_late, 0),
                'notDoneBreached', coalesce(t.undecided_breached, 0),
                'shareInTime', round(t.decided_in_time::numeric / nullif(t.decided_in_time + t.decided_late + t.undecided_breached, 0), 4),
                'breaches', coalesce(t.settlement_breaches, 0)),
            'extensions', coalesce(t.extended, 0)),
        'daysToDecision', (SELECT jsonb_build_object('count', coalesce(max(d.n), 0), 'median', max(d.median), 'percentile90', max(d.p90),
                                                     'maximum', max(d.maximum)) FROM days AS d WHERE d.period = p.period),
        'referrals', jsonb_build_object(
            'referred', coalesce(t.referred, 0), 'shareOfDecided', round(t.referred::numeric / nullif(t.decided_all, 0), 4),
            'outcomes', coalesce((SELECT jsonb_agg(jsonb_build_object('key', key, 'complaints', complaints,
                                   'share', round(complaints::numeric / nullif(t.referrals_concluded, 0), 4)) ORDER BY complaints DESC, key COLLATE "C")
                               FROM g WHERE g.period = p.period AND dimension = 'referral_outcome' AND key IS NOT NULL), '[]'),
            'concluded', coalesce(t.referrals_concluded, 0), 'foundForComplainant', coalesce(t.found_for_complainant, 0),
            'shareFoundForComplainant', round(t.found_for_complainant::numeric / nullif(t.referrals_concluded, 0), 4)),
        'satisfaction', jsonb_build_object('closed', coalesce(t.closed, 0), 'satisfied', coalesce(t.satisfied, 0),
                                           'shareSatisfied', round(t.satisfied::numeric / nullif(t.closed, 0), 4)),
        'repeatFiles', (SELECT jsonb_build_object('files', coalesce(max(r.files), 0), 'complaints', coalesce(max(r.complaints), 0))
                        FROM repeats AS r WHERE r.period = p.period),
        'months', (SELECT jsonb_agg(jsonb_build_object('month', to_char(ml.month, 'YYYY-MM'), 'complaints', coalesce(gm.complaints, 0),
                                       'acknowledgementShareInTime', round(gm.acknowledged_in_time::numeric
                                           / nullif(gm.acknowledged_in_time + gm.acknowledged_late + gm.unacknowledged_breached, 0), 4),
                                       'settlementShareInTime', round(gm.decided_in_time::numeric / nullif(gm.decided, 0), 4))
                                   ORDER BY ml.month)
                   FROM month_list AS ml
                   LEFT JOIN g AS gm ON gm.period = p.period AND gm.dimension = 'month' AND gm.key = to_char(ml.month, 'YYYYMM')
                   WHERE ml.period = p.period),
        'rates', (SELECT jsonb_build_object('files', fc.files,
                      'receivedPerThousandFiles', round(coalesce(t.complaints, 0) * 1000.0 / fc.files, 1),
                      'upheldPerThousandFiles', round(coalesce(t.upheld, 0) * 1000.0 / fc.files, 1),
                      'referredPerThousandFiles', round(coalesce(t.referred, 0) * 1000.0 / fc.files, 1))
                  FROM files AS fc WHERE fc.period = p.period)) AS figures
    FROM periods AS p LEFT JOIN t ON t.period = p.period),
changes AS (
    SELECT 'total' AS kind, 'total' AS key, coalesce((SELECT complaints FROM t WHERE period = 1), 0) AS current,
           coalesce((SELECT complaints FROM t WHERE period = 0), 0) AS previous
    UNION ALL
    SELECT 'month', extract(month FROM ml.month)::int::text, coalesce(c.complaints, 0), coalesce(pr.complaints, 0)
    FROM month_list AS ml
    LEFT JOIN g AS c ON c.period = 1 AND c.dimension = 'month' AND c.key = to_char(ml.month, 'YYYYMM')
    LEFT JOIN g AS pr ON pr.period = 0 AND pr.dimension = 'month' AND pr.key = to_char(ml.month - interval '1 year', 'YYYYMM')
    WHERE ml.period = 1
    UNION ALL
    SELECT 'category', coalesce(c.category, pr.category), coalesce(c.complaints, 0), coalesce(pr.complaints, 0)
    FROM (SELECT * FROM cats WHERE period = 1) AS c FULL JOIN (SELECT * FROM cats WHERE period = 0) AS pr ON pr.category = c.category)
SELECT jsonb_build_object(
    'year', extract(year FROM :'split'::date)::int,
    'current', (SELECT figures FROM figures WHERE period = 1),
    'previous', (SELECT figures FROM figures WHERE period = 0),
    'trend', (SELECT jsonb_build_object(
        'total', (SELECT jsonb_build_object('key', key, 'current', current, 'previous', previous, 'change', current - previous,
                      'relativeChange', round((current - previous)::numeric / nullif(previous, 0), 4)) FROM changes WHERE kind = 'total'),
        'months', (SELECT jsonb_agg(jsonb_build_object('key', key, 'current', current, 'previous', previous, 'change', current - previous,
                       'relativeChange', round((current - previous)::numeric / nullif(previous, 0), 4)) ORDER BY key::int)
                   FROM changes WHERE kind = 'month'),
        'categories', (SELECT jsonb_agg(jsonb_build_object('key', key, 'current', current, 'previous', previous, 'change', current - previous,
                           'relativeChange', round((current - previous)::numeric / nullif(previous, 0), 4)) ORDER BY key COLLATE "C")
                       FROM changes WHERE kind = 'category')))) AS figures;
