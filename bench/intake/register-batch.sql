-- pgbench: what one registration batch commits (ComplaintRegistrationWriter, ADR 0008), for :batch registrations
-- (-D batch=N, the batch size the API's group commit reached in the same run), in one transaction: the year's counter moved
-- on under its row lock; the complaints with one acknowledgement draft each (the form has an e-mail address and no collection
-- agent; one statement here, two in the writer's batch); an audit entry each; a ComplaintRegistered event each in the outbox.
-- The rows' text, audit details and event payload are copied from a registration the API made (bench_sample, filled by
-- run.sh); ids are time-ordered like Guid.CreateVersion7 (bench_v7). Year 2099 keeps these numbers apart from the API's.
-- Registrations per second = tps x batch.
BEGIN;
UPDATE intake.reference_counters SET last_number = last_number + :batch WHERE year = 2099 RETURNING last_number - :batch AS first \gset
WITH c AS (
    INSERT INTO intake.complaints (
        id, reference, reference_year, reference_number, complainant_name, complainant_type, complainant_email, complainant_phone,
        address_street, address_postal_code, address_city, file_number, collection_agent, channel, received_at, received_on,
        description, requested_outcome, registered_by, registered_at, acknowledgement_due_on, settlement_due_on,
        complainant_salutation, contact_person_name, contact_person_salutation)
    SELECT bench_v7(), 'KL-2099-' || lpad((:first + g)::text, 6, '0'), 2099, :first + g, s.complainant_name, s.complainant_type,
           s.complainant_email, s.complainant_phone, s.address_street, s.address_postal_code, s.address_city, s.file_number, NULL,
           s.channel, s.received_at, s.received_on, s.description, s.requested_outcome, s.registered_by, now(),
           s.acknowledgement_due_on, s.settlement_due_on, s.complainant_salutation, NULL, NULL
    FROM bench_sample s, generate_series(1, :batch) g
    RETURNING id, complainant_name, complainant_email)
INSERT INTO intake.correspondence (id, complaint_id, kind, channel, recipient_name, recipient_address, status, subject, body,
                                   created_at, sent_at, sent_by)
SELECT bench_v7(), c.id, 'Acknowledgement', 'Email', c.complainant_name, c.complainant_email, 'Draft', NULL, NULL, now(), NULL, NULL
FROM c;
INSERT INTO audit.audit_trail (occurred_at, actor, module, action, subject_type, subject_id, details)
SELECT now(), s.registered_by, 'Intake', 'ComplaintRegistered', 'Complaint', bench_v7()::text, s.audit_details
FROM bench_sample s, generate_series(1, :batch) g;
INSERT INTO intake.outbox_messages (id, event_type, payload, occurred_at)
SELECT bench_v7(), s.event_type, s.payload, now() FROM bench_sample s, generate_series(1, :batch) g;
COMMIT;
