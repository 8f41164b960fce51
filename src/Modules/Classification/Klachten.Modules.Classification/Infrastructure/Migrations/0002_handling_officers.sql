-- Who handles each complaint, from Handling's HandlerAssigned: a complaints officer reads a classification only when it is
-- theirs (geheimhouding, as Intake does). Its own table, so an assignment heard before the complaint is kept too.
CREATE TABLE classification.handling_officers (
    complaint_id uuid        PRIMARY KEY,
    officer      text        NOT NULL,
    assigned_at  timestamptz NOT NULL
);
