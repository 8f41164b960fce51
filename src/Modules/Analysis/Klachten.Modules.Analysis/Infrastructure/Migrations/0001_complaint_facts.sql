-- The read model (ADR 0014): one fact row per complaint, written only by the integration event handlers. Each group of
-- columns belongs to one event type and keeps the latest by that event's version or instant, so events of different
-- modules may arrive in any order and twice. No personal data: no complainant name, address, e-mail or words; the file
-- number only as a keyed hash (file_key) to count repeat files. Agent and officer are colleagues' user names (internal).
CREATE TABLE IF NOT EXISTS analysis.complaint_facts (
    complaint_id                uuid PRIMARY KEY,
    reference                   text        NULL,
    -- ComplaintRegistered (written once)
    received_at                 timestamptz NULL,
    received_on                 date        NULL,
    complainant_type            text        NULL,
    channel                     text        NULL,
    collection_agent            text        NULL,
    file_key                    text        NULL,
    acknowledgement_due_on      date        NULL,
    settlement_due_on           date        NULL,
    -- ReceiptAcknowledged
    acknowledged_at             timestamptz NULL,
    acknowledged_on             date        NULL,
    -- AcknowledgementDeadlineBreached
    acknowledgement_breached_at timestamptz NULL,
    -- ComplaintClassified (latest version)
    classification_version      integer     NOT NULL DEFAULT 0,
    categories                  text[]      NOT NULL DEFAULT '{}',
    root_cause                  text        NULL,
    -- HandlerAssigned (latest assignment)
    officer                     text        NULL,
    officer_assigned_at         timestamptz NULL,
    -- SettlementTermExtended
    extended_at                 timestamptz NULL,
    extended_due_on             date        NULL,
    -- ComplaintDecided (the decision letter was sent)
    outcome                     text        NULL,
    decision_officer            text        NULL,
    decision_letter_sent_at     timestamptz NULL,
    decision_letter_sent_on     date        NULL,
    decision_due_on             date        NULL,
    -- ComplaintReferred / ReferralConcluded
    referral_submitted_on       date        NULL,
    referral_recorded_at        timestamptz NULL,
    referral_outcome            text        NULL,
    referral_decided_on         date        NULL,
    -- SettlementDeadlineBreached
    settlement_breached_at      timestamptz NULL,
    -- ComplaintClosed
    closed_at                   timestamptz NULL,
    closed_on                   date        NULL,
    complainant_satisfied       boolean     NULL,
    updated_at                  timestamptz NOT NULL,
    -- derived once here, so the figures group by plain columns: days after the due date (0 = on the due date, met) and
    -- calendar days from receipt to the decision letter
    acknowledgement_days_late   integer GENERATED ALWAYS AS (acknowledged_on - acknowledgement_due_on) STORED,
    decision_days_late          integer GENERATED ALWAYS AS (decision_letter_sent_on - decision_due_on) STORED,
    days_to_decision            integer GENERATED ALWAYS AS (decision_letter_sent_on - received_on) STORED
);

-- The figures read one period by date of receipt; the flows and the backlog by their own dates.
CREATE INDEX IF NOT EXISTS ix_complaint_facts_received_on ON analysis.complaint_facts (received_on);
CREATE INDEX IF NOT EXISTS ix_complaint_facts_acknowledged_on ON analysis.complaint_facts (acknowledged_on) WHERE acknowledged_on IS NOT NULL;
CREATE INDEX IF NOT EXISTS ix_complaint_facts_decided_on ON analysis.complaint_facts (decision_letter_sent_on) WHERE decision_letter_sent_on IS NOT NULL;
CREATE INDEX IF NOT EXISTS ix_complaint_facts_closed_on ON analysis.complaint_facts (closed_on, received_on) WHERE closed_on IS NOT NULL;
CREATE INDEX IF NOT EXISTS ix_complaint_facts_open ON analysis.complaint_facts (received_on) WHERE closed_on IS NULL;

-- The number of collection files the office had in a year, entered by the quality manager: rates per 1,000 files.
CREATE TABLE IF NOT EXISTS analysis.yearly_file_counts (
    year       integer     PRIMARY KEY,
    files      integer     NOT NULL CHECK (files > 0),
    entered_at timestamptz NOT NULL,
    entered_by text        NOT NULL
);
