-- pgbench: what GET /api/handling/cases?pageSize=50 runs for the quality manager (ListCasesQueryHandler): the count and the
-- page in one round trip, and the audit entry of the list. Run with -M prepared. Keep it equal to the handler's SQL
-- (filters absent are NULL, as the handler sends them).
SELECT count(*) FROM handling.cases
WHERE (NULL::text IS NULL OR lower(officer) = lower(NULL::text)
       OR (officer IS NULL AND (collection_agent IS NULL OR lower(collection_agent) <> lower(NULL::text))))
  AND (NULL::text IS NULL OR status = NULL::text)
  AND (NULL::text IS NULL OR lower(officer) = lower(NULL::text))
  AND (NULL::boolean IS NULL OR (officer IS NULL) = NULL::boolean)
  AND (NULL::boolean IS NULL OR (letter_sent_at IS NULL AND due_on < current_date) = NULL::boolean)
  AND (NULL::date IS NULL OR (letter_sent_at IS NULL AND due_on < NULL::date))
  AND (NULL::text IS NULL OR reference = NULL::text)
  AND (NULL::text IS NULL OR lower(collection_agent) = lower(NULL::text));
SELECT complaint_id, reference, status, officer, due_on AS settlement_due_on,
       (letter_sent_at IS NULL AND due_on < current_date) AS overdue, extension_new_due_on IS NOT NULL AS extended,
       decision_outcome, decided_in_time
FROM handling.cases
WHERE (NULL::text IS NULL OR lower(officer) = lower(NULL::text)
       OR (officer IS NULL AND (collection_agent IS NULL OR lower(collection_agent) <> lower(NULL::text))))
  AND (NULL::text IS NULL OR status = NULL::text)
  AND (NULL::text IS NULL OR lower(officer) = lower(NULL::text))
  AND (NULL::boolean IS NULL OR (officer IS NULL) = NULL::boolean)
  AND (NULL::boolean IS NULL OR (letter_sent_at IS NULL AND due_on < current_date) = NULL::boolean)
  AND (NULL::date IS NULL OR (letter_sent_at IS NULL AND due_on < NULL::date))
  AND (NULL::text IS NULL OR reference = NULL::text)
  AND (NULL::text IS NULL OR lower(collection_agent) = lower(NULL::text))
ORDER BY status = 'Closed', due_on, reference
LIMIT 50 OFFSET 0;
INSERT INTO audit.audit_trail (occurred_at, actor, module, action, subject_type, subject_id, details)
SELECT now(), 'kwaliteit', 'Handling', 'CasesListed', 'Case', '*', details FROM bench_list_sample WHERE kind = 'handling';
