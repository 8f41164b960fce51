-- Tables of the probe module: a module that exists only in the tests, to exercise the building blocks on their own.
CREATE TABLE IF NOT EXISTS $schema$.notes (
    id   uuid PRIMARY KEY,
    text text NOT NULL
);

CREATE TABLE IF NOT EXISTS $schema$.deliveries (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    note_id uuid NOT NULL
);

CREATE TABLE IF NOT EXISTS $schema$.job_runs (
    id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id text NOT NULL
);
