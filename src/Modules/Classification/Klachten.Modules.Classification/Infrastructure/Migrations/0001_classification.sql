-- Reference lists the quality manager maintains. Codes are PascalCase identifiers, unique regardless of case.
-- Marked 'reference-data' so the integration-test reset keeps the seeded rows.
CREATE TABLE classification.categories (
    code           text        PRIMARY KEY,
    description    text        NOT NULL,
    active         boolean     NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL DEFAULT now(),
    created_by     text        NOT NULL,
    deactivated_at timestamptz NULL,
    deactivated_by text        NULL
);
CREATE UNIQUE INDEX ux_categories_code_ci ON classification.categories (lower(code));
COMMENT ON TABLE classification.categories IS 'reference-data';

INSERT INTO classification.categories (code, description, created_by) VALUES
    ('Conduct',          'werkwijze van / bejegening door de incassomedewerker', 'seed'),
    ('LegalSubstance',   'juridisch-inhoudelijke aspecten van de dienstverlening', 'seed'),
    ('Financial',        'financiële aspecten van de dienstverlening', 'seed'),
    ('ExecutionGeneral', 'uitvoering in het algemeen', 'seed')
ON CONFLICT DO NOTHING;

CREATE TABLE classification.root_causes (
    code           text        PRIMARY KEY,
    description    text        NOT NULL,
    active         boolean     NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL DEFAULT now(),
    created_by     text        NOT NULL,
    deactivated_at timestamptz NULL,
    deactivated_by text        NULL
);
CREATE UNIQUE INDEX ux_root_causes_code_ci ON classification.root_causes (lower(code));
COMMENT ON TABLE classification.root_causes IS 'reference-data';

INSERT INTO classification.root_causes (code, description, created_by) VALUES
    ('Communication',        'communicatie met de klager', 'seed'),
    ('WrongAmount',          'onjuist bedrag', 'seed'),
    ('ProcedureNotFollowed', 'procedure niet gevolgd', 'seed'),
    ('SystemError',          'systeemfout', 'seed'),
    ('ThirdParty',           'derde partij', 'seed')
ON CONFLICT DO NOTHING;

-- Every complaint the module heard of (ComplaintRegistered) and its current classification; version 0 = in the queue.
CREATE TABLE classification.complaints (
    complaint_id        uuid        PRIMARY KEY,
    reference           text        NOT NULL,
    received_at         timestamptz NOT NULL,
    received_on         date        NOT NULL,
    queued_at           timestamptz NOT NULL,
    version             integer     NOT NULL DEFAULT 0,
    categories          text[]      NOT NULL DEFAULT '{}',
    root_cause          text        NULL REFERENCES classification.root_causes (code),
    root_cause_note     text        NULL,
    first_classified_at timestamptz NULL,
    last_changed_at     timestamptz NULL,
    last_changed_by     text        NULL
);
CREATE INDEX ix_complaints_queue ON classification.complaints (received_at, complaint_id) WHERE version = 0;

-- Every version of every classification, with who, when and why. Append-only.
CREATE TABLE classification.classification_history (
    complaint_id    uuid        NOT NULL REFERENCES classification.complaints (complaint_id),
    version         integer     NOT NULL,
    change          text        NOT NULL,
    categories      text[]      NOT NULL,
    root_cause      text        NULL REFERENCES classification.root_causes (code),
    root_cause_note text        NULL,
    reason          text        NULL,
    changed_by      text        NOT NULL,
    changed_at      timestamptz NOT NULL,
    PRIMARY KEY (complaint_id, version)
);
CREATE INDEX ix_classification_history_categories ON classification.classification_history USING gin (categories);

CREATE FUNCTION classification.refuse_history_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'classification_history is append-only';
END;
$$;

CREATE TRIGGER classification_history_append_only
    BEFORE UPDATE OR DELETE ON classification.classification_history
    FOR EACH ROW EXECUTE FUNCTION classification.refuse_history_rewrite();
