-- pgbench: what GET /api/intake/complaints?pageSize=50 runs for the quality manager (ListComplaintsQueryHandler): the page,
-- the count, and the audit entry of the list (on its own connection there; in this transaction here). Run with -M prepared
-- (the Host's Npgsql prepares statements it repeats).
SELECT id, reference, acknowledged_at, complainant_type, channel, file_number, received_at, received_on,
       acknowledgement_due_on, settlement_due_on, registered_by, handling_officer
FROM intake.complaints
WHERE (true OR lower(registered_by) = lower('kwaliteit') OR lower(handling_officer) = lower('kwaliteit'))
  AND (NULL::text IS NULL OR (NULL::text = 'Acknowledged') = (acknowledged_at IS NOT NULL))
  AND (NULL::date IS NULL OR received_on >= NULL::date)
  AND (NULL::date IS NULL OR received_on <= NULL::date)
ORDER BY received_on DESC, reference_year DESC, reference_number DESC
LIMIT 50 OFFSET 0;
SELECT count(*) FROM intake.complaints
WHERE (true OR lower(registered_by) = lower('kwaliteit') OR lower(handling_officer) = lower('kwaliteit'))
  AND (NULL::text IS NULL OR (NULL::text = 'Acknowledged') = (acknowledged_at IS NOT NULL))
  AND (NULL::date IS NULL OR received_on >= NULL::date)
  AND (NULL::date IS NULL OR received_on <= NULL::date);
INSERT INTO audit.audit_trail (occurred_at, actor, module, action, subject_type, subject_id, details)
SELECT now(), 'kwaliteit', 'Intake', 'ComplaintsListed', 'ComplaintList', 'page-1', details FROM bench_list_sample WHERE kind = 'intake';
