-- pgbench: what GET /api/handling/cases?pageSize=50 runs for the quality manager (ListCasesQueryHandler): the count and the
-- page (whole rows: each item's allowedActions come from the case) in one round trip, the page's letter routes from Intake
-- (IComplaintDirectory.GetLetterReachAsync; the page's ids are the first page's, kept in bench_list_ids by run.sh, since
-- pgbench cannot pass the 50 ids of one result to the next statement), and the audit entry of the list. Run with
-- -M prepared. Keep it equal to the handler's SQL (filters absent are NULL, as the handler sends them).
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
SELECT *
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
SELECT id, complainant_email IS NOT NULL AND btrim(complainant_email) <> '' AS has_email,
       address_street IS NOT NULL AS has_postal_address
FROM intake.complaints WHERE id = ANY(ARRAY(SELECT id FROM bench_list_ids));
INSERT INTO audit.audit_trail (occurred_at, actor, module, action, subject_type, subject_id, details)
SELECT now(), 'kwaliteit', 'Handling', 'CasesListed', 'Case', '*', details FROM bench_list_sample WHERE kind = 'handling';
