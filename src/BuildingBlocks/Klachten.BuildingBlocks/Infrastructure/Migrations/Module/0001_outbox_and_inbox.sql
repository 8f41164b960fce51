-- Every module gets these in its own schema: the events it sends (outbox) and those it handled (inbox).
CREATE TABLE IF NOT EXISTS $schema$.outbox_messages (
    id              uuid PRIMARY KEY,
    position        bigint GENERATED ALWAYS AS IDENTITY,
    event_type      text        NOT NULL,
    payload         jsonb       NOT NULL,
    occurred_at     timestamptz NOT NULL,
    processed_at    timestamptz NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NULL,
    last_error      text        NULL
);

CREATE INDEX IF NOT EXISTS ix_outbox_messages_pending
    ON $schema$.outbox_messages (position) WHERE processed_at IS NULL;

CREATE TABLE IF NOT EXISTS $schema$.inbox_messages (
    message_id   uuid        NOT NULL,
    handler      text        NOT NULL,
    event_type   text        NOT NULL,
    processed_at timestamptz NOT NULL,
    PRIMARY KEY (message_id, handler)
);
