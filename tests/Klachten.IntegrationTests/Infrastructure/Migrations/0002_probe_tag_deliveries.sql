-- What the probe's batch handler was handed: one call_id per call, the events in the order of that call.
CREATE TABLE IF NOT EXISTS $schema$.tag_deliveries (
    call_id uuid   NOT NULL,
    ordinal bigint NOT NULL,
    note_id uuid   NOT NULL,
    tag     text   NOT NULL,
    PRIMARY KEY (call_id, ordinal)
);
