-- One row per year: the last measure number given out. Taken under the row lock of the proposing transaction, which gives
-- its number back when it rolls back, so references (PM-2026-001) are gap-free per year.
CREATE TABLE IF NOT EXISTS $schema$.reference_counters (
    year        integer PRIMARY KEY,
    last_number integer NOT NULL
);

-- The recommendations of published yearly analyses (from YearlyAnalysisPublished), kept at their latest published version;
-- measure_id is set once the quality manager has turned one into a proposal.
CREATE TABLE IF NOT EXISTS $schema$.recommendations (
    recommendation_id uuid PRIMARY KEY,
    analysis_year     integer     NOT NULL,
    analysis_version  integer     NOT NULL,
    text              text        NOT NULL,
    categories        text[]      NOT NULL,
    root_causes       text[]      NOT NULL,
    suggested_kind    text        NOT NULL,
    published_at      timestamptz NOT NULL,
    received_at       timestamptz NOT NULL,
    measure_id        uuid        NULL
);

CREATE INDEX IF NOT EXISTS ix_recommendations_open ON $schema$.recommendations (analysis_year, analysis_version) WHERE measure_id IS NULL;

-- A measure's current state; its history (every step, who and when) is measure_history, append-only.
CREATE TABLE IF NOT EXISTS $schema$.measures (
    id                        uuid PRIMARY KEY,
    reference                 text        NOT NULL UNIQUE,
    reference_year            integer     NOT NULL,
    title                     text        NOT NULL,
    description               text        NOT NULL,
    kind                      text        NOT NULL,
    recommendation_id         uuid        NULL UNIQUE,
    source_analysis_year      integer     NULL,
    source_analysis_version   integer     NULL,
    categories                text[]      NOT NULL,
    root_causes               text[]      NOT NULL,
    follow_up_of              uuid        NULL REFERENCES $schema$.measures (id),
    proposed_by               text        NOT NULL,
    proposed_at               timestamptz NOT NULL,
    status                    text        NOT NULL,
    decision                  text        NULL,
    decision_reasoning        text        NULL,
    decision_analysis_year    integer     NULL,
    decision_analysis_version integer     NULL,
    decision_meeting_id       uuid        NULL,
    decided_by                text        NULL,
    decided_at                timestamptz NULL,
    owner                     text        NULL,
    due_on                    date        NULL,
    review_on                 date        NULL,
    started_by                text        NULL,
    started_at                timestamptz NULL,
    result                    text        NULL,
    completed_on              date        NULL,
    completed_by              text        NULL,
    completed_at              timestamptz NULL,
    effectiveness             text        NULL,
    review_notes              text        NULL,
    before_from               date        NULL,
    before_to                 date        NULL,
    received_before           integer     NULL,
    upheld_before             integer     NULL,
    after_from                date        NULL,
    after_to                  date        NULL,
    received_after            integer     NULL,
    upheld_after              integer     NULL,
    reviewed_by               text        NULL,
    reviewed_at               timestamptz NULL,
    cancel_reason             text        NULL,
    cancelled_by              text        NULL,
    cancelled_at              timestamptz NULL,
    follow_up_id              uuid        NULL,
    version                   integer     NOT NULL DEFAULT 1
);

-- The deadline sweep's two questions: measures in progress by due date, completed ones by review date.
CREATE INDEX IF NOT EXISTS ix_measures_in_progress_due ON $schema$.measures (due_on) WHERE status = 'InProgress';
CREATE INDEX IF NOT EXISTS ix_measures_completed_review ON $schema$.measures (review_on) WHERE status = 'Completed';
CREATE INDEX IF NOT EXISTS ix_measures_owner ON $schema$.measures (lower(owner), status);
CREATE INDEX IF NOT EXISTS ix_measures_year ON $schema$.measures (reference_year, reference);

CREATE TABLE IF NOT EXISTS $schema$.measure_history (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    measure_id  uuid        NOT NULL REFERENCES $schema$.measures (id),
    step        text        NOT NULL,
    note        text        NULL,
    details     jsonb       NULL,
    occurred_at timestamptz NOT NULL,
    actor       text        NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_measure_history_measure ON $schema$.measure_history (measure_id, id);

CREATE TABLE IF NOT EXISTS $schema$.meetings (
    id            uuid PRIMARY KEY,
    held_on       date        NOT NULL,
    kind          text        NOT NULL,
    title         text        NOT NULL,
    participants  text[]      NOT NULL,
    created_by    text        NOT NULL,
    created_at    timestamptz NOT NULL,
    minutes       text        NULL,
    minutes_by    text        NULL,
    minutes_at    timestamptz NULL,
    closed_by     text        NULL,
    closed_at     timestamptz NULL,
    version       integer     NOT NULL DEFAULT 1
);

CREATE INDEX IF NOT EXISTS ix_meetings_held_on ON $schema$.meetings (held_on);

CREATE TABLE IF NOT EXISTS $schema$.meeting_agenda_items (
    id               uuid PRIMARY KEY,
    meeting_id       uuid        NOT NULL REFERENCES $schema$.meetings (id),
    position         integer     NOT NULL,
    kind             text        NOT NULL,
    report_id        uuid        NULL,
    analysis_year    integer     NULL,
    analysis_version integer     NULL,
    measure_id       uuid        NULL REFERENCES $schema$.measures (id),
    title            text        NOT NULL,
    added_by         text        NOT NULL,
    added_at         timestamptz NOT NULL,
    UNIQUE (meeting_id, position)
);

CREATE TABLE IF NOT EXISTS $schema$.training_sessions (
    id                     uuid PRIMARY KEY,
    measure_id             uuid        NOT NULL REFERENCES $schema$.measures (id),
    topic                  text        NOT NULL,
    held_on                date        NOT NULL,
    trainer                text        NOT NULL,
    participants           text[]      NOT NULL,
    created_by             text        NOT NULL,
    created_at             timestamptz NOT NULL,
    attendance_recorded_by text        NULL,
    attendance_recorded_at timestamptz NULL
);

CREATE INDEX IF NOT EXISTS ix_training_sessions_measure ON $schema$.training_sessions (measure_id, held_on);
CREATE INDEX IF NOT EXISTS ix_training_sessions_held_on ON $schema$.training_sessions (held_on);
CREATE INDEX IF NOT EXISTS ix_training_sessions_participants ON $schema$.training_sessions USING gin (participants);

CREATE TABLE IF NOT EXISTS $schema$.training_attendance (
    session_id  uuid    NOT NULL REFERENCES $schema$.training_sessions (id),
    participant text    NOT NULL,
    attended    boolean NOT NULL,
    PRIMARY KEY (session_id, participant)
);

-- The module's e-mails to colleagues (deadline reminders, notices to the quality manager), sent after commit or by the
-- preventive-action-send-correspondence sweep. notification_key records each notification once, whichever host sweeps.
CREATE TABLE IF NOT EXISTS $schema$.correspondence (
    id               uuid PRIMARY KEY,
    measure_id       uuid        NULL REFERENCES $schema$.measures (id),
    kind             text        NOT NULL,
    notification_key text        NOT NULL UNIQUE,
    recipient_name   text        NULL,
    recipient_email  text        NOT NULL,
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
CREATE INDEX IF NOT EXISTS ix_correspondence_measure ON $schema$.correspondence (measure_id, created_at);
