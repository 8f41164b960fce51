-- A module that is a projection (fed only by integration events, ADR 0014) records here that it was seeded from the source
-- modules' histories, and when it was last rebuilt. No row: never seeded, so the host seeds it at start-up.
CREATE TABLE IF NOT EXISTS $schema$.projection_state (
    projection          text        PRIMARY KEY,
    seeded_at           timestamptz NOT NULL,
    last_rebuilt_at     timestamptz NULL,
    last_rebuilt_events bigint      NULL
);
