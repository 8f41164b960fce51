-- Who read or changed which complaint data, and when (geheimhouding). Append-only: no UPDATE or DELETE path exists.
CREATE TABLE IF NOT EXISTS audit.audit_trail (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at  timestamptz NOT NULL,
    actor        text        NOT NULL,
    module       text        NOT NULL,
    action       text        NOT NULL,
    subject_type text        NOT NULL,
    subject_id   text        NOT NULL,
    details      jsonb       NULL
);

CREATE INDEX IF NOT EXISTS ix_audit_trail_subject ON audit.audit_trail (subject_type, subject_id, occurred_at);
CREATE INDEX IF NOT EXISTS ix_audit_trail_actor ON audit.audit_trail (actor, occurred_at);
