-- The second baseline: the same figures as baseline.sql (the same jsonb document), but from the pre-aggregates the Analysis
-- module keeps (ADR 0016), as ONE hand-written statement: the month rows of both years (analysis.monthly_figures), the
-- day counts for the flows and the backlog (analysis.daily_counts) and the year's file-key counts for the repeat files
-- (analysis.file_key_counts). It does what the endpoint does in SQL, so the endpoint's ratio to it is its overhead.
-- Medians and percentiles from the day histograms. psql variables: from (1 Jan of the year before), split, to (31 Dec).
WITH periods (period, from_on, to_on) AS (
    VALUES (0, :'from'::date, :'split'::date - 1), (1, :'split'::date, :'to'::date)),
m AS MATERIALIZED (
    SELECT (month >= :'split'::date)::int AS period, *
    FROM analysis.monthly_figures
    WHERE month BETWEEN :'from'::date AND :'to'::date AND complaints <> 0),
g AS MATERIALIZED (
    SELECT period, NULL::date AS month, dimension, key, sum(complaints) AS complaints, sum(upheld) AS upheld,
           sum(decided) AS decided_all, sum(term_decided) AS decided, sum(decided_in_time) AS decided_in_time,
           sum(undecided_breached) AS undecided_breached, sum(settlement_breaches) AS settlement_breaches,
           sum(acknowledged_in_time) AS acknowledged_in_time, sum(acknowledgement_settled) AS acknowledgement_settled,
           sum(unacknowledged_breached) AS unacknowledged_breached, sum(acknowledgement_breaches) AS acknowledgement_breaches,
           sum(extended) AS extended, sum(referred) AS referred, sum(referrals_concluded) AS referrals_concluded,
           sum(closed) AS closed, sum(satisfied) AS satisfied, sum(multi_category) AS multi_category, sum(unclassified) AS unclassified
    FROM m GROUP BY period, dimension, key
    UNION ALL
    SELECT period, month, 'month', to_char(month, 'YYYYMM'), sum(complaints), sum(upheld), sum(decided), sum(term_decided),
           sum(decided_in_time), sum(undecided_breached), sum(settlement_breaches), sum(acknowledged_in_time),
           sum(acknowledgement_settled), sum(unacknowledged_breached), sum(acknowledgement_breaches), sum(extended), sum(referred),
           sum(referrals_concluded), sum(closed), sum(satisfied), sum(multi_category), sum(unclassified)
    FROM m WHERE dimension = 'total' GROUP BY period, month),
late AS (
    SELECT period,
           coalesce(sum(complaints) FILTER (WHERE CASE WHEN dimension = 'acknowledgement_days_late' THEN key::int END <= 0), 0) AS ack_in,
           coalesce(sum(complaints) FILTER (WHERE CASE WHEN dimension = 'acknowledgement_days_late' THEN key::int END > 0), 0) AS ack_late,
           coalesce(sum(complaints) FILTER (WHERE CASE WHEN dimension = 'decision_days_late' THEN key::int END <= 0), 0) AS dec_in,
           coalesce(sum(complaints) FILTER (WHERE CASE WHEN dimension = 'decision_days_late' THEN key::int END > 0), 0) AS dec_late,
           coalesce(sum(complaints) FILTER (WHERE dimension = 'referral_outcome' AND key IN ('Upheld', 'PartlyUpheld')), 0) AS found
    FROM g GROUP BY period),
t AS (
    SELECT g.period, g.complaints, g.upheld, g.decided_all, l.dec_in AS decided_in_time, l.dec_late AS decided_late,
           g.undecided_breached, g.settlement_breaches, l.ack_in AS acknowledged_in_time, l.ack_late AS acknowledged_late,
           g.unacknowledged_breached, g.acknowledgement_breaches, g.extended, g.referred, g.referrals_concluded,
           l.found AS found_for_complainant, g.closed, g.satisfied, g.multi_category, g.unclassified
    FROM g JOIN late AS l ON l.period = g.period
    WHERE g.dimension = 'total'),
hist AS (
    SELECT period, key::int AS d, complaints AS n,
           sum(complaints) OVER (PARTITION BY period ORDER BY key::int) AS c, sum(complaints) OVER (PARTITION BY period) AS total
    FROM g WHERE dimension = 'days_to_decision'),
days AS MATERIALIZED (
    SELECT period, max(total) AS n,
           (min(d) FILTER (WHERE c >= floor((total + 1) / 2.0)) + min(d) FILTER (WHERE c >= floor(total / 2.0) + 1)) / 2.0 AS median,
           min(d) FILTER (WHERE c >= greatest(1, ceil(total * 0.9))) AS p90, max(d) AS maximum
    FROM hist GROUP BY period),
cats AS (
    SELECT period, key AS category, complaints, upheld FROM g WHERE dimension = 'category'),
repeats AS MATERIALIZED (
    SELECT (year = extract(year FROM :'split'::date))::int AS period, count(*) AS files, sum(complaints)::bigint AS complaints
    FROM analysis.file_key_counts
    WHERE year BETWEEN extract(year FROM :'from'::date) AND extract(year FROM :'to'::date) AND complaints > 1
    GROUP BY 1),
flows AS (
    SELECT p.period,
           coalesce(sum(c.complaints) FILTER (WHERE c.kind = 'acknowledged' AND c.day >= p.from_on), 0) AS acknowledged,
           coalesce(sum(c.complaints) FILTER (WHERE c.kind = 'decided' AND c.day >= p.from_on), 0) AS decided,
           coalesce(sum(c.complaints) FILTER (WHERE c.kind = 'closed' AND c.day >= p.from_on), 0) AS closed,
           coalesce(sum(c.complaints) FILTER (WHERE c.kind = 'received' AND c.day < p.from_on), 0)
             - coalesce(sum(c.complaints) FILTER (WHERE c.kind = 'closed_received' AND c.day < p.from_on), 0)
             + (SELECT count(*) FROM analysis.complaint_facts
                WHERE closed_on < received_on AND closed_on < p.from_on AND received_on >= p.from_on) AS open_at_start,
           coalesce(sum(c.complaints) FILTER (WHERE c.kind = 'received'), 0)
             - coalesce(sum(c.complaints) FILTER (WHERE c.kind = 'closed_received'), 0)
             + (SELECT count(*) FROM analysis.complaint_facts
                WHERE closed_on < received_on AND closed_on <= p.to_on AND received_on > p.to_on) AS open_at_end
    FROM periods AS p LEFT JOIN analysis.daily_counts AS c ON c.day <= p.to_on
    GROUP BY p.period, p.from_on, p.to_on),
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
                                       'acknowledgementShareInTime', round(gm.acknowledged_in_time::numeric / nullif(gm.acknowledgement_settled, 0), 4),
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
