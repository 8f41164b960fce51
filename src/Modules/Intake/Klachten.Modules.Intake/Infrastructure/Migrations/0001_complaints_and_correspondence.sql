-- One counter row per year of receipt, incremented in the registering transaction: a rolled-back registration
-- gives its number back, so references are gap-free (the row lock serialises registrations of one year).
CREATE TABLE IF NOT EXISTS intake.reference_counters (
    year        integer PRIMARY KEY,
    last_number integer NOT NULL
);

CREATE TABLE IF NOT EXISTS intake.complaints (
    id                                  uuid PRIMARY KEY,
    reference                           text        NOT NULL UNIQUE,
    reference_year                      integer     NOT NULL,
    reference_number                    integer     NOT NULL,
    complainant_name                    text        NOT NULL,
    complainant_type                    text        NOT NULL,
    complainant_email                   text        NULL,
    complainant_phone                   text        NULL,
    address_street                      text        NULL,
    address_postal_code                 text        NULL,
    address_city                        text        NULL,
    file_number                         text        NULL,
    collection_agent                    text        NULL,
    channel                             text        NOT NULL,
    received_at                         timestamptz NOT NULL,
    received_on                         date        NOT NULL,
    description                         text        NOT NULL,
    requested_outcome                   text        NOT NULL,
    registered_by                       text        NOT NULL,
    registered_at                       timestamptz NOT NULL,
    acknowledgement_due_on              date        NOT NULL,
    settlement_due_on                   date        NOT NULL,
    acknowledged_at                     timestamptz NULL,
    acknowledged_by                     text        NULL,
    acknowledgement_channel             text        NULL,
    handling_officer                    text        NULL,
    acknowledgement_reminder_sent_at    timestamptz NULL,
    acknowledgement_breach_recorded_at  timestamptz NULL,
    UNIQUE (reference_year, reference_number),
    CHECK (complainant_email IS NOT NULL OR address_street IS NOT NULL)
);

-- The deadline sweep reads only open acknowledgements, by due date.
CREATE INDEX IF NOT EXISTS ix_complaints_acknowledgement_open
    ON intake.complaints (acknowledgement_due_on) WHERE acknowledged_at IS NULL;
CREATE INDEX IF NOT EXISTS ix_complaints_received_on ON intake.complaints (received_on, reference_year, reference_number);
CREATE INDEX IF NOT EXISTS ix_complaints_registered_by ON intake.complaints (registered_by);
CREATE INDEX IF NOT EXISTS ix_complaints_handling_officer ON intake.complaints (handling_officer);

-- Every written communication of a complaint. Subject and body are frozen when it is sent; before that
-- they are rendered from the template and the complaint's current data.
CREATE TABLE IF NOT EXISTS intake.correspondence (
    id                uuid PRIMARY KEY,
    -- Deferred: registration writes its correspondence before the complaint row, to hold the counter lock briefly.
    complaint_id      uuid        NOT NULL REFERENCES intake.complaints (id) DEFERRABLE INITIALLY DEFERRED,
    kind              text        NOT NULL,
    channel           text        NOT NULL,
    recipient_name    text        NULL,
    recipient_address text        NULL,
    status            text        NOT NULL,
    subject           text        NULL,
    body              text        NULL,
    created_at        timestamptz NOT NULL,
    sent_at           timestamptz NULL,
    sent_by           text        NULL,
    attempts          integer     NOT NULL DEFAULT 0,
    last_error        text        NULL,
    next_attempt_at   timestamptz NULL
);

CREATE INDEX IF NOT EXISTS ix_correspondence_complaint ON intake.correspondence (complaint_id, created_at);
CREATE INDEX IF NOT EXISTS ix_correspondence_pending ON intake.correspondence (next_attempt_at) WHERE status = 'Pending';
