-- One handling case per registered complaint (opened from ComplaintRegistered). The case row carries the state the
-- rules need; version is checked by every UPDATE (optimistic concurrency) on top of the row lock taken when loading.
CREATE TABLE IF NOT EXISTS $schema$.cases (
    complaint_id                uuid PRIMARY KEY,
    reference                   text        NOT NULL,
    collection_agent            text        NULL,
    received_on                 date        NOT NULL,
    settlement_due_on           date        NOT NULL,
    opened_at                   timestamptz NOT NULL,
    status                      text        NOT NULL,
    officer                     text        NULL,
    extension_previous_due_on   date        NULL,
    extension_new_due_on        date        NULL,
    extension_reason            text        NULL,
    extended_at                 timestamptz NULL,
    extended_by                 text        NULL,
    -- the due date in force, swept by the deadline job
    due_on                      date GENERATED ALWAYS AS (coalesce(extension_new_due_on, settlement_due_on)) STORED,
    decision_outcome            text        NULL,
    decision_reasoning          text        NULL,
    decision_remedy             text        NULL,
    decided_at                  timestamptz NULL,
    decided_by                  text        NULL,
    letter_channel              text        NULL,
    letter_sent_at              timestamptz NULL,
    letter_sent_on              date        NULL,
    letter_sent_by              text        NULL,
    decided_in_time             boolean     NULL,
    referral_body               text        NULL,
    referral_case_number        text        NULL,
    referral_submitted_on       date        NULL,
    referral_recorded_at        timestamptz NULL,
    referral_recorded_by        text        NULL,
    referral_outcome            text        NULL,
    referral_decided_on         date        NULL,
    referral_concluded_at       timestamptz NULL,
    referral_concluded_by       text        NULL,
    complainant_satisfied       boolean     NULL,
    closed_at                   timestamptz NULL,
    closed_by                   text        NULL,
    -- deadline watching: the due date a reminder was sent for (a new one after an extension), and the breach, once
    reminded_for_due_on         date        NULL,
    breach_recorded_at          timestamptz NULL,
    version                     integer     NOT NULL DEFAULT 1
);

CREATE INDEX IF NOT EXISTS ix_cases_due_unsent ON $schema$.cases (due_on) WHERE letter_sent_at IS NULL;
CREATE INDEX IF NOT EXISTS ix_cases_officer ON $schema$.cases (officer, status);
CREATE INDEX IF NOT EXISTS ix_cases_status ON $schema$.cases (status, due_on);

CREATE TABLE IF NOT EXISTS $schema$.assignments (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    complaint_id     uuid        NOT NULL REFERENCES $schema$.cases (complaint_id),
    officer          text        NOT NULL,
    previous_officer text        NULL,
    assigned_at      timestamptz NOT NULL,
    assigned_by      text        NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_assignments_complaint ON $schema$.assignments (complaint_id, id);

CREATE TABLE IF NOT EXISTS $schema$.contacts (
    id            uuid PRIMARY KEY,
    complaint_id  uuid        NOT NULL REFERENCES $schema$.cases (complaint_id),
    contacted_at  timestamptz NOT NULL,
    channel       text        NOT NULL,
    summary       text        NOT NULL,
    next_step     text        NULL,
    logged_at     timestamptz NOT NULL,
    logged_by     text        NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_contacts_complaint ON $schema$.contacts (complaint_id, contacted_at);

-- Everything the module writes to people: letters to the complainant (extension notice, decision letter) and
-- internal notices (deadline reminders, breach notices). E-mail rows are sent after commit or by the
-- handling-send-correspondence sweep, which retries failures visibly; Letter rows are posted by hand (SentByHand).
CREATE TABLE IF NOT EXISTS $schema$.correspondence (
    id               uuid PRIMARY KEY,
    complaint_id     uuid        NOT NULL REFERENCES $schema$.cases (complaint_id),
    kind             text        NOT NULL,
    channel          text        NOT NULL,
    recipient_name   text        NULL,
    recipient_email  text        NULL,
    recipient_address text       NULL,
    subject          text        NOT NULL,
    body             text        NOT NULL,
    status           text        NOT NULL,
    created_at       timestamptz NOT NULL,
    created_by       text        NOT NULL,
    sent_at          timestamptz NULL,
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NULL,
    last_error       text        NULL
);

CREATE INDEX IF NOT EXISTS ix_correspondence_pending ON $schema$.correspondence (next_attempt_at) WHERE status = 'Pending';
CREATE INDEX IF NOT EXISTS ix_correspondence_complaint ON $schema$.correspondence (complaint_id, created_at);
