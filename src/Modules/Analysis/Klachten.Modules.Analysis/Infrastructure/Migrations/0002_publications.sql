-- The quality manager's recommendations on the draft of a year's analysis. Withdrawn, not deleted.
CREATE TABLE IF NOT EXISTS analysis.recommendations (
    id             uuid PRIMARY KEY,
    year           integer     NOT NULL,
    text           text        NOT NULL,
    categories     text[]      NOT NULL DEFAULT '{}',
    root_causes    text[]      NOT NULL DEFAULT '{}',
    suggested_kind text        NOT NULL,
    created_at     timestamptz NOT NULL,
    created_by     text        NOT NULL,
    changed_at     timestamptz NULL,
    changed_by     text        NULL,
    withdrawn_at   timestamptz NULL,
    withdrawn_by   text        NULL
);
CREATE INDEX IF NOT EXISTS ix_recommendations_year ON analysis.recommendations (year, created_at);

-- A published version of a yearly analysis: figures, recommendations and documents frozen as they were. Append-only.
CREATE TABLE IF NOT EXISTS analysis.yearly_publications (
    year              integer     NOT NULL,
    version           integer     NOT NULL,
    published_at      timestamptz NOT NULL,
    published_by      text        NOT NULL,
    correction_reason text        NULL,
    figures           jsonb       NOT NULL,
    recommendations   jsonb       NOT NULL,
    key_figures       jsonb       NOT NULL,
    PRIMARY KEY (year, version)
);

-- A period report saved for an office meeting, frozen the same way. Append-only.
CREATE TABLE IF NOT EXISTS analysis.period_reports (
    id          uuid PRIMARY KEY,
    title       text        NOT NULL,
    period_from date        NOT NULL,
    period_to   date        NOT NULL,
    saved_at    timestamptz NOT NULL,
    saved_by    text        NOT NULL,
    figures     jsonb       NOT NULL,
    key_figures jsonb       NOT NULL
);

-- Documents and charts frozen with a publication or a saved report (PDF, XLSX, PNG), served byte-identical later.
CREATE TABLE IF NOT EXISTS analysis.publication_documents (
    owner_kind   text  NOT NULL, -- 'year' or 'report'
    owner_key    text  NOT NULL, -- 'YYYY/version' or the report id
    name         text  NOT NULL, -- e.g. 'analysis.pdf', 'tables.xlsx', 'months.png'
    content_type text  NOT NULL,
    content      bytea NOT NULL,
    PRIMARY KEY (owner_kind, owner_key, name)
);

CREATE OR REPLACE FUNCTION analysis.refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: a correction is a new version', TG_TABLE_NAME;
END;
$$;

DROP TRIGGER IF EXISTS yearly_publications_append_only ON analysis.yearly_publications;
CREATE TRIGGER yearly_publications_append_only BEFORE UPDATE OR DELETE ON analysis.yearly_publications
    FOR EACH ROW EXECUTE FUNCTION analysis.refuse_rewrite();
DROP TRIGGER IF EXISTS period_reports_append_only ON analysis.period_reports;
CREATE TRIGGER period_reports_append_only BEFORE UPDATE OR DELETE ON analysis.period_reports
    FOR EACH ROW EXECUTE FUNCTION analysis.refuse_rewrite();
DROP TRIGGER IF EXISTS publication_documents_append_only ON analysis.publication_documents;
CREATE TRIGGER publication_documents_append_only BEFORE UPDATE OR DELETE ON analysis.publication_documents
    FOR EACH ROW EXECUTE FUNCTION analysis.refuse_rewrite();
