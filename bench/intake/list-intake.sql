-- pgbench: what GET /api/intake/complaints?pageSize=50 runs for the quality manager (ListComplaintsQueryHandler): the page,
-- the count, and the audit entry of the list (on its own connection there; in this transaction here). Run with -M prepared
-- (the Host's Npgsql prepares statements it repeats). Keep it equal to the handler's SQL (absent filters are NULL).
SELECT id, reference, acknowledged_at, complainant_type, channel, file_number, received_at, received_on,
       acknowledgement_due_on, settlement_due_on, registered_by, handling_officer
FROM intake.complaints
WHERE (true OR lower(registered_by) = lower('kwaliteit') OR lower(handling_officer) = lower('kwaliteit'))
  AND (NULL::text IS NULL OR (NULL::text = 'Acknowledged') = (acknowledged_at IS NOT NULL))
  AND (NULL::date IS NULL OR received_on >= NULL::date)
  AND (NULL::date IS NULL OR received_on <= NULL::date)
  AND (NULL::text IS NULL OR lower(registered_by) = lower(NULL::text))
  AND (NULL::text IS NULL OR lower(handling_officer) = lower(NULL::text))
  AND (NULL::boolean IS NULL OR (handling_officer IS NULL) = NULL::boolean)
  AND (NULL::date IS NULL
       OR (acknowledged_at IS NULL AND acknowledgement_due_on < NULL::date))
  AND (NULL::boolean IS NULL
       OR ((acknowledged_at IS NULL AND acknowledgement_due_on < current_date)
           OR (acknowledged_at IS NOT NULL
               AND (acknowledged_at AT TIME ZONE 'Europe/Amsterdam')::date > acknowledgement_due_on)) = NULL::boolean)
  AND (NULL::text IS NULL OR reference = NULL::text)
  AND (NULL::text IS NULL OR file_number = NULL::text)
  AND (NULL::text IS NULL OR lower(collection_agent) = lower(NULL::text))
  AND (NULL::text IS NULL OR complainant_name ILIKE NULL::text)
ORDER BY closed_at IS NOT NULL,
         CASE WHEN acknowledged_at IS NULL THEN acknowledgement_due_on ELSE settlement_due_on END, reference
LIMIT 50 OFFSET 0;
SELECT count(*) FROM intake.complaints
WHERE (true OR lower(registered_by) = lower('kwaliteit') OR lower(handling_officer) = lower('kwaliteit'))
  AND (NULL::text IS NULL OR (NULL::text = 'Acknowledged') = (acknowledged_at IS NOT NULL))
  AND (NULL::date IS NULL OR received_on >= NULL::date)
  AND (NULL::date IS NULL OR received_on <= NULL::date)
  AND (NULL::text IS NULL OR lower(registered_by) = lower(NULL::text))
  AND (NULL::text IS NULL OR lower(handling_officer) = lower(NULL::text))
  AND (NULL::boolean IS NULL OR (handling_officer IS NULL) = NULL::boolean)
  AND (NULL::date IS NULL
       OR (acknowledged_at IS NULL AND acknowledgement_due_on < NULL::date))
  AND (NULL::boolean IS NULL
       OR ((acknowledged_at IS NULL AND acknowledgement_due_on < current_date)
           OR (acknowledged_at IS NOT NULL
               AND (acknowledged_at AT TIME ZONE 'Europe/Amsterdam')::date > acknowledgement_due_on)) = NULL::boolean)
  AND (NULL::text IS NULL OR reference = NULL::text)
  AND (NULL::text IS NULL OR file_number = NULL::text)
  AND (NULL::text IS NULL OR lower(collection_agent) = lower(NULL::text))
  AND (NULL::text IS NULL OR complainant_name ILIKE NULL::text);
INSERT INTO audit.audit_trail (occurred_at, actor, module, action, subject_type, subject_id, details)
SELECT now(), 'kwaliteit', 'Intake', 'ComplaintsListed', 'ComplaintList', 'page-1', details FROM bench_list_sample WHERE kind = 'intake';
