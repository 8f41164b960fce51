-- Pre-aggregated figures (ADR 0016): kept in the same transaction as the fact upserts by statement triggers on
-- analysis.complaint_facts, so they are never stale or half-done. A changed fact moves its contribution: the trigger
-- subtracts the old row's and adds the new row's. Emptied with the facts by a rebuild (AnalysisModule.ProjectionTables;
-- a truncate trigger for anything that empties only the facts) and refilled by the replayed upserts; analysis.rebuild_figure_aggregates() recomputes them from the facts at once.

-- Per month of receipt and per (dimension, key) the figures group by: the counts of the complaints received that month.
-- dimension 'total' (key '') is the month itself; the day dimensions are histograms (key = whole days), so medians and
-- percentiles stay exact. A key a fact does not have (no outcome yet) is not stored. Rows that fall to zero stay (harmless:
-- the readers skip complaints = 0).
CREATE TABLE IF NOT EXISTS analysis.monthly_figures (
    month                    date   NOT NULL,
    dimension                text   NOT NULL,
    key                      text   NOT NULL,
    complaints               bigint NOT NULL,
    upheld                   bigint NOT NULL,
    acknowledged             bigint NOT NULL,
    acknowledgement_breaches bigint NOT NULL,
    unacknowledged_breached  bigint NOT NULL,
    decided                  bigint NOT NULL,
    settlement_breaches      bigint NOT NULL,
    undecided_breached       bigint NOT NULL,
    extended                 bigint NOT NULL,
    referred                 bigint NOT NULL,
    referrals_concluded      bigint NOT NULL,
    closed                   bigint NOT NULL,
    satisfied                bigint NOT NULL,
    multi_category           bigint NOT NULL,
    unclassified             bigint NOT NULL,
    term_decided             bigint NOT NULL,
    decided_in_time          bigint NOT NULL,
    acknowledged_in_time     bigint NOT NULL,
    acknowledgement_settled  bigint NOT NULL,
    PRIMARY KEY (month, dimension, key)
);

-- Per year of receipt and file key (the keyed hash, no file number): the repeat files of a year are the keys above one.
CREATE TABLE IF NOT EXISTS analysis.file_key_counts (
    year       integer NOT NULL,
    file_key   text    NOT NULL,
    complaints bigint  NOT NULL,
    PRIMARY KEY (year, file_key)
);
CREATE INDEX IF NOT EXISTS ix_file_key_counts_repeated ON analysis.file_key_counts (year) INCLUDE (complaints) WHERE complaints > 1;

-- Per day and kind: received, acknowledged, decided (letter sent), closed, and closed_received (closed, with a known date of
-- receipt) for the flows of a period and the backlog at a date.
CREATE TABLE IF NOT EXISTS analysis.daily_counts (
    day        date   NOT NULL,
    kind       text   NOT NULL,
    complaints bigint NOT NULL,
    PRIMARY KEY (day, kind)
);

-- The backlog at d from the day counts needs the complaints closed before d but received on or after it: only rows closed
-- before their receipt (none in a sound history), so this index stays empty.
CREATE INDEX IF NOT EXISTS ix_complaint_facts_closed_before_received ON analysis.complaint_facts (closed_on, received_on)
    WHERE closed_on < received_on;

-- One fact's contribution to analysis.monthly_figures: one row per (dimension, key) it counts in, each with the same 0/1
-- counters. Inlined by the planner into the statements that use it. Callers pass ROW(x.*)::analysis.complaint_facts, not
-- the whole-row x: the planner then reads each f.column as x's column, where a whole-row value would be taken apart again
-- for every column of every output row (about 0.2 ms per fact).
CREATE OR REPLACE FUNCTION analysis.fact_contributions(f analysis.complaint_facts)
RETURNS TABLE (month date, dimension text, key text, complaints integer, upheld integer, acknowledged integer,
               acknowledgement_breaches integer, unacknowledged_breached integer, decided integer, settlement_breaches integer,
               undecided_breached integer, extended integer, referred integer, referrals_concluded integer, closed integer,
               satisfied integer, multi_category integer, unclassified integer, term_decided integer, decided_in_time integer,
               acknowledged_in_time integer, acknowledgement_settled integer)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT f.received_on - (extract(day FROM f.received_on)::integer - 1), d.dimension, d.key,
           1,
           (f.outcome IN ('WellFounded', 'PartlyWellFounded') IS TRUE)::integer,
           (f.acknowledged_on IS NOT NULL)::integer,
           (f.acknowledgement_breached_at IS NOT NULL)::integer,
           (f.acknowledged_on IS NULL AND f.acknowledgement_breached_at IS NOT NULL)::integer,
           (f.decision_letter_sent_on IS NOT NULL)::integer,
           (f.settlement_breached_at IS NOT NULL)::integer,
           (f.decision_letter_sent_on IS NULL AND f.settlement_breached_at IS NOT NULL)::integer,
           (f.extended_at IS NOT NULL)::integer,
           (f.referral_submitted_on IS NOT NULL)::integer,
           (f.referral_outcome IS NOT NULL)::integer,
           (f.closed_on IS NOT NULL)::integer,
           (f.complainant_satisfied IS TRUE)::integer,
           (cardinality(f.categories) > 1)::integer,
           (f.classification_version = 0)::integer,
           (f.decision_days_late IS NOT NULL)::integer,
           (f.decision_days_late <= 0 IS TRUE)::integer,
           (f.acknowledgement_days_late <= 0 IS TRUE)::integer,
           (f.acknowledgement_days_late IS NOT NULL OR f.acknowledgement_breached_at IS NOT NULL)::integer
    FROM unnest(ARRAY['total', 'complainant_type', 'channel', 'outcome', 'root_cause', 'referral_outcome', 'acknowledgement_days_late',
                      'decision_days_late', 'days_to_decision', 'collection_agent', 'officer']
                || array_fill('category'::text, ARRAY[cardinality(f.categories)]),
                ARRAY['', f.complainant_type, f.channel, f.outcome, f.root_cause, f.referral_outcome, f.acknowledgement_days_late::text,
                      f.decision_days_late::text, f.days_to_decision::text, f.collection_agent, coalesce(f.decision_officer, f.officer)]
                || f.categories) AS d(dimension, key)
    WHERE f.received_on IS NOT NULL AND d.key IS NOT NULL
$$;

-- One fact's contribution to analysis.daily_counts.
CREATE OR REPLACE FUNCTION analysis.fact_day_contributions(f analysis.complaint_facts)
RETURNS TABLE (day date, kind text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT d.day, d.kind
    FROM unnest(ARRAY[f.received_on, f.acknowledged_on, f.decision_letter_sent_on, f.closed_on,
                      CASE WHEN f.received_on IS NOT NULL THEN f.closed_on END],
                ARRAY['received', 'acknowledged', 'decided', 'closed', 'closed_received']) AS d(day, kind)
    WHERE d.day IS NOT NULL
$$;

-- Adds the signed contributions of changed facts (-1 for the old rows, +1 for the new rows) to the three tables. Rows are
-- written in key order, so two transactions meet on the same rows in the same order; a delta of zero (a change no figure
-- sees, such as a later assignment time) writes nothing.
-- PL/pgSQL, not SQL: its statements' plans are cached for the session (a SQL function plans them on every call).
CREATE OR REPLACE FUNCTION analysis.apply_fact_changes(old_rows analysis.complaint_facts[], new_rows analysis.complaint_facts[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO analysis.monthly_figures AS m (month, dimension, key, complaints, upheld, acknowledged, acknowledgement_breaches, unacknowledged_breached, decided,
        settlement_breaches, undecided_breached, extended, referred, referrals_concluded, closed, satisfied,
        multi_category, unclassified, term_decided, decided_in_time, acknowledged_in_time, acknowledgement_settled)
    SELECT c.month, c.dimension, c.key,
           sum(c.sign * c.complaints), sum(c.sign * c.upheld), sum(c.sign * c.acknowledged),
           sum(c.sign * c.acknowledgement_breaches), sum(c.sign * c.unacknowledged_breached), sum(c.sign * c.decided),
           sum(c.sign * c.settlement_breaches), sum(c.sign * c.undecided_breached), sum(c.sign * c.extended),
           sum(c.sign * c.referred), sum(c.sign * c.referrals_concluded), sum(c.sign * c.closed),
           sum(c.sign * c.satisfied), sum(c.sign * c.multi_category), sum(c.sign * c.unclassified),
           sum(c.sign * c.term_decided), sum(c.sign * c.decided_in_time), sum(c.sign * c.acknowledged_in_time),
           sum(c.sign * c.acknowledgement_settled)
    FROM (SELECT -1 AS sign, x.* FROM unnest(old_rows) AS o, analysis.fact_contributions(ROW(o.*)::analysis.complaint_facts) AS x
          UNION ALL
          SELECT 1, x.* FROM unnest(new_rows) AS n, analysis.fact_contributions(ROW(n.*)::analysis.complaint_facts) AS x) AS c
    GROUP BY c.month, c.dimension, c.key
    HAVING sum(c.sign * c.complaints) <> 0 OR sum(c.sign * c.upheld) <> 0 OR sum(c.sign * c.acknowledged) <> 0
           OR sum(c.sign * c.acknowledgement_breaches) <> 0 OR sum(c.sign * c.unacknowledged_breached) <> 0
           OR sum(c.sign * c.decided) <> 0 OR sum(c.sign * c.settlement_breaches) <> 0
           OR sum(c.sign * c.undecided_breached) <> 0 OR sum(c.sign * c.extended) <> 0
           OR sum(c.sign * c.referred) <> 0 OR sum(c.sign * c.referrals_concluded) <> 0
           OR sum(c.sign * c.closed) <> 0 OR sum(c.sign * c.satisfied) <> 0 OR sum(c.sign * c.multi_category) <> 0
           OR sum(c.sign * c.unclassified) <> 0 OR sum(c.sign * c.term_decided) <> 0
           OR sum(c.sign * c.decided_in_time) <> 0 OR sum(c.sign * c.acknowledged_in_time) <> 0
           OR sum(c.sign * c.acknowledgement_settled) <> 0
    ORDER BY c.month, c.dimension, c.key
    ON CONFLICT (month, dimension, key) DO UPDATE
    SET complaints = m.complaints + excluded.complaints, upheld = m.upheld + excluded.upheld,
        acknowledged = m.acknowledged + excluded.acknowledged,
        acknowledgement_breaches = m.acknowledgement_breaches + excluded.acknowledgement_breaches,
        unacknowledged_breached = m.unacknowledged_breached + excluded.unacknowledged_breached,
        decided = m.decided + excluded.decided,
        settlement_breaches = m.settlement_breaches + excluded.settlement_breaches,
        undecided_breached = m.undecided_breached + excluded.undecided_breached,
        extended = m.extended + excluded.extended, referred = m.referred + excluded.referred,
        referrals_concluded = m.referrals_concluded + excluded.referrals_concluded,
        closed = m.closed + excluded.closed, satisfied = m.satisfied + excluded.satisfied,
        multi_category = m.multi_category + excluded.multi_category,
        unclassified = m.unclassified + excluded.unclassified, term_decided = m.term_decided + excluded.term_decided,
        decided_in_time = m.decided_in_time + excluded.decided_in_time,
        acknowledged_in_time = m.acknowledged_in_time + excluded.acknowledged_in_time,
        acknowledgement_settled = m.acknowledgement_settled + excluded.acknowledgement_settled;

    INSERT INTO analysis.file_key_counts AS k (year, file_key, complaints)
    SELECT extract(year FROM s.received_on)::integer, s.file_key, sum(s.sign)
    FROM (SELECT -1 AS sign, o.received_on, o.file_key FROM unnest(old_rows) AS o
          UNION ALL
          SELECT 1, n.received_on, n.file_key FROM unnest(new_rows) AS n) AS s
    WHERE s.received_on IS NOT NULL AND s.file_key IS NOT NULL
    GROUP BY 1, 2
    HAVING sum(s.sign) <> 0
    ORDER BY 1, 2
    ON CONFLICT (year, file_key) DO UPDATE SET complaints = k.complaints + excluded.complaints;

    INSERT INTO analysis.daily_counts AS d (day, kind, complaints)
    SELECT c.day, c.kind, sum(c.sign)
    FROM (SELECT -1 AS sign, x.* FROM unnest(old_rows) AS o, analysis.fact_day_contributions(ROW(o.*)::analysis.complaint_facts) AS x
          UNION ALL
          SELECT 1, x.* FROM unnest(new_rows) AS n, analysis.fact_day_contributions(ROW(n.*)::analysis.complaint_facts) AS x) AS c
    GROUP BY 1, 2
    HAVING sum(c.sign) <> 0
    ORDER BY 1, 2
    ON CONFLICT (day, kind) DO UPDATE SET complaints = d.complaints + excluded.complaints;
END;
$$;

-- Transition tables need one trigger per event; the function sees only the tables its event has. An upsert fires both the
-- insert and the update trigger, mostly with one of them empty: that one returns at once.
CREATE OR REPLACE FUNCTION analysis.complaint_facts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF NOT EXISTS (SELECT FROM old_facts) THEN
            RETURN NULL;
        END IF;
    ELSIF NOT EXISTS (SELECT FROM new_facts) THEN
        RETURN NULL;
    END IF;

    IF TG_OP = 'INSERT' THEN
        PERFORM analysis.apply_fact_changes('{}', ARRAY(SELECT n::analysis.complaint_facts FROM new_facts AS n));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM analysis.apply_fact_changes(ARRAY(SELECT o::analysis.complaint_facts FROM old_facts AS o),
                                            ARRAY(SELECT n::analysis.complaint_facts FROM new_facts AS n));
    ELSE
        PERFORM analysis.apply_fact_changes(ARRAY(SELECT o::analysis.complaint_facts FROM old_facts AS o), '{}');
    END IF;
    RETURN NULL;
END;
$$;

DROP TRIGGER IF EXISTS complaint_facts_inserted ON analysis.complaint_facts;
CREATE TRIGGER complaint_facts_inserted AFTER INSERT ON analysis.complaint_facts
    REFERENCING NEW TABLE AS new_facts FOR EACH STATEMENT EXECUTE FUNCTION analysis.complaint_facts_changed();
DROP TRIGGER IF EXISTS complaint_facts_updated ON analysis.complaint_facts;
CREATE TRIGGER complaint_facts_updated AFTER UPDATE ON analysis.complaint_facts
    REFERENCING OLD TABLE AS old_facts NEW TABLE AS new_facts FOR EACH STATEMENT EXECUTE FUNCTION analysis.complaint_facts_changed();
DROP TRIGGER IF EXISTS complaint_facts_deleted ON analysis.complaint_facts;
CREATE TRIGGER complaint_facts_deleted AFTER DELETE ON analysis.complaint_facts
    REFERENCING OLD TABLE AS old_facts FOR EACH STATEMENT EXECUTE FUNCTION analysis.complaint_facts_changed();

-- Recomputes the three tables from the facts at once (a database that had facts before this migration; the benchmark's
-- generator, which writes the facts with the triggers off).
CREATE OR REPLACE FUNCTION analysis.rebuild_figure_aggregates() RETURNS void LANGUAGE sql AS $$
    TRUNCATE analysis.monthly_figures, analysis.file_key_counts, analysis.daily_counts;

    INSERT INTO analysis.monthly_figures (month, dimension, key, complaints, upheld, acknowledged, acknowledgement_breaches, unacknowledged_breached, decided,
        settlement_breaches, undecided_breached, extended, referred, referrals_concluded, closed, satisfied,
        multi_category, unclassified, term_decided, decided_in_time, acknowledged_in_time, acknowledgement_settled)
    SELECT c.month, c.dimension, c.key,
           sum(c.complaints), sum(c.upheld), sum(c.acknowledged), sum(c.acknowledgement_breaches),
           sum(c.unacknowledged_breached), sum(c.decided), sum(c.settlement_breaches), sum(c.undecided_breached),
           sum(c.extended), sum(c.referred), sum(c.referrals_concluded), sum(c.closed), sum(c.satisfied),
           sum(c.multi_category), sum(c.unclassified), sum(c.term_decided), sum(c.decided_in_time),
           sum(c.acknowledged_in_time), sum(c.acknowledgement_settled)
    FROM analysis.complaint_facts AS f CROSS JOIN LATERAL analysis.fact_contributions(ROW(f.*)::analysis.complaint_facts) AS c
    GROUP BY c.month, c.dimension, c.key;

    INSERT INTO analysis.file_key_counts (year, file_key, complaints)
    SELECT extract(year FROM received_on)::integer, file_key, count(*)
    FROM analysis.complaint_facts
    WHERE received_on IS NOT NULL AND file_key IS NOT NULL
    GROUP BY 1, 2;

    INSERT INTO analysis.daily_counts (day, kind, complaints)
    SELECT c.day, c.kind, count(*)
    FROM analysis.complaint_facts AS f CROSS JOIN LATERAL analysis.fact_day_contributions(ROW(f.*)::analysis.complaint_facts) AS c
    GROUP BY 1, 2;
$$;

SELECT analysis.rebuild_figure_aggregates();

-- Emptying the facts empties what is derived from them, also when only the facts are named. DELETE, not TRUNCATE: a
-- TRUNCATE that names these tables too (a rebuild, the tests' reset) has them in use, and they are empty by then.
CREATE OR REPLACE FUNCTION analysis.complaint_facts_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM analysis.monthly_figures;
    DELETE FROM analysis.file_key_counts;
    DELETE FROM analysis.daily_counts;
    RETURN NULL;
END;
$$;

DROP TRIGGER IF EXISTS complaint_facts_truncated ON analysis.complaint_facts;
CREATE TRIGGER complaint_facts_truncated AFTER TRUNCATE ON analysis.complaint_facts
    FOR EACH STATEMENT EXECUTE FUNCTION analysis.complaint_facts_truncated();
