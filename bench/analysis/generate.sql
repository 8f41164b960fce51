-- Fills the Analysis read model (analysis.complaint_facts) directly, as the event handlers would have left it, with
-- :per_year complaints in each year from :year_from to :year_to. Deterministic (setseed; one process, no parallel plan).
-- psql variables: year_from, year_to, per_year, id_base (keeps a second run's ids apart from the first's), seed (-1..1),
-- open_after (only complaints received after this date may still be open: the backlog of the last two months).
-- Spreads (fractions of the complaints), modelled on the regulation's terms (acknowledgement 4 working days, settled
-- within 14 calendar days, PROCEDURE.md):
--   complainant: debtor .80, client .12, other .08; channel: e-mail .38, phone .25, web form .20, letter .13, in person .04
--   collection agent: 40 user names, skewed (the busiest about 9x the quietest), none .04; 8 officers, skewed a little
--   file number: none .07, one of per_year/25 files per year shared with other complaints .08 (the repeat files), else its own
--   acknowledged .985 (1..5 days after receipt .94, 7..12 days: late), breach recorded when late or never acknowledged
--   classified .985 (a second version .06); first category financial .35, conduct .30, legal .20, execution .15; a second
--   category .10; root cause communication .33, wrong amount .25, procedure .20, system .12, third party .07, none .03
--   extended .08 (14 days more); decided .975: in 3..14 days .86, late 15..44 days, extended 12..29 days, a tail +45 .003
--   outcome well founded .18, partly .20, unfounded .45, settled by agreement .17; decision by another officer .10
--   referred .05 of the decided, concluded .85 of those: upheld .15, partly .15, rejected .52, withdrawn .12, settled .06
--   closed: decided .99 (0..14 days after the letter), undecided .60 (withdrawn at 20 days); received up to open_after: all
--   closed; satisfied .58, not .32, unknown .10
SELECT setseed(:seed);

INSERT INTO analysis.complaint_facts (
    complaint_id, reference, received_at, received_on, complainant_type, channel, collection_agent, file_key,
    acknowledgement_due_on, settlement_due_on, acknowledged_at, acknowledged_on, acknowledgement_breached_at,
    classification_version, categories, root_cause, officer, officer_assigned_at, extended_at, extended_due_on,
    outcome, decision_officer, decision_letter_sent_at, decision_letter_sent_on, decision_due_on,
    referral_submitted_on, referral_recorded_at, referral_outcome, referral_decided_on, settlement_breached_at,
    closed_at, closed_on, complainant_satisfied, updated_at)
SELECT md5('bench-complaint-' || id)::uuid,
       format('KL-%s-%s', year, lpad((id % 10000000)::text, 7, '0')),
       (received_on + time '08:00' + day_fraction * interval '10 hours') AT TIME ZONE 'Europe/Amsterdam',
       received_on,
       CASE WHEN u_type < .80 THEN 'Debtor' WHEN u_type < .92 THEN 'Client' ELSE 'Other' END,
       CASE WHEN u_chan < .38 THEN 'Email' WHEN u_chan < .63 THEN 'Phone' WHEN u_chan < .83 THEN 'WebForm'
            WHEN u_chan < .96 THEN 'Letter' ELSE 'InPerson' END,
       CASE WHEN u_agent < .04 THEN NULL
            ELSE 'agent' || lpad((1 + floor(40 * power((u_agent - .04) / .96, 1.6)))::int::text, 2, '0') END,
       CASE WHEN u_file < .07 THEN NULL
            WHEN u_file < .15 THEN left(md5('bench-file-' || year || '-' || floor(u_filepool * :per_year / 25)::int), 32)
            ELSE left(md5('bench-file-own-' || id), 32) END,
       received_on + 6,
       received_on + 14,
       (received_on + ack_days + time '11:00') AT TIME ZONE 'Europe/Amsterdam',
       received_on + ack_days,
       CASE WHEN ack_days IS NULL OR ack_days > 6 THEN (received_on + 7 + time '06:00') AT TIME ZONE 'Europe/Amsterdam' END,
       CASE WHEN NOT classified THEN 0 WHEN u_cls < .06 THEN 2 ELSE 1 END,
       CASE WHEN NOT classified THEN '{}'::text[]
            WHEN u_two < .10 THEN ARRAY[cats[cat1 + 1], cats[(cat1 + 1 + floor(u_cat2 * 3)::int) % 4 + 1]]
            ELSE ARRAY[cats[cat1 + 1]] END,
       CASE WHEN NOT classified THEN NULL WHEN u_root < .33 THEN 'Communication' WHEN u_root < .58 THEN 'WrongAmount'
            WHEN u_root < .78 THEN 'ProcedureNotFollowed' WHEN u_root < .90 THEN 'SystemError' WHEN u_root < .97 THEN 'ThirdParty' END,
       officer,
       (received_on + 1 + time '09:00') AT TIME ZONE 'Europe/Amsterdam',
       CASE WHEN extended THEN (received_on + 10 + time '14:00') AT TIME ZONE 'Europe/Amsterdam' END,
       CASE WHEN extended THEN received_on + 28 END,
       CASE WHEN decision_days IS NULL THEN NULL WHEN u_out < .18 THEN 'WellFounded' WHEN u_out < .38 THEN 'PartlyWellFounded'
            WHEN u_out < .83 THEN 'Unfounded' ELSE 'SettledByAgreement' END,
       CASE WHEN decision_days IS NULL THEN NULL WHEN u_offd < .90 THEN officer
            ELSE 'officer' || (1 + floor(u_offd * 80)::int % 8) END,
       (received_on + decision_days + time '15:00') AT TIME ZONE 'Europe/Amsterdam',
       received_on + decision_days,
       CASE WHEN decision_days IS NOT NULL THEN received_on + CASE WHEN extended THEN 28 ELSE 14 END END,
       received_on + decision_days + referral_days,
       (received_on + decision_days + referral_days + 2 + time '10:00') AT TIME ZONE 'Europe/Amsterdam',
       referral_outcome,
       CASE WHEN referral_outcome IS NOT NULL THEN received_on + decision_days + referral_days + 60 + floor(u_refd * 60)::int END,
       CASE WHEN decision_days IS NULL OR decision_days > CASE WHEN extended THEN 28 ELSE 14 END
            THEN (received_on + CASE WHEN extended THEN 29 ELSE 15 END + time '06:00') AT TIME ZONE 'Europe/Amsterdam' END,
       (received_on + close_days + time '16:00') AT TIME ZONE 'Europe/Amsterdam',
       received_on + close_days,
       CASE WHEN close_days IS NULL THEN NULL WHEN u_sat < .58 THEN true WHEN u_sat < .90 THEN false END,
       now()
FROM (SELECT year, :id_base::bigint + (year - 2000) * 1000000 + n AS id, make_date(year, 1, 1) + floor(day_pos)::int AS received_on,
             day_pos - floor(day_pos) AS day_fraction, u_type, u_chan, u_agent, u_file, u_filepool, u_cls, u_two, u_cat2, u_root,
             u_out, u_offd, u_refd, u_sat, u_ext < .08 AS extended, u_cls < .985 AS classified,
             CASE WHEN u_cat1 < .35 THEN 2 WHEN u_cat1 < .65 THEN 0 WHEN u_cat1 < .85 THEN 1 ELSE 3 END AS cat1,
             'officer' || (1 + floor(8 * power(u_off, 1.25))::int) AS officer,
             CASE WHEN u_ack >= .985 THEN NULL WHEN u_ackd < .94 THEN 1 + floor(u_ackd / .94 * 5)::int
                  ELSE 7 + floor((u_ackd - .94) / .06 * 6)::int END AS ack_days,
             CASE WHEN u_dec >= .975 THEN NULL
                  ELSE CASE WHEN u_ext < .08 THEN 12 + floor(u_days * 18)::int
                            WHEN u_days < .86 THEN 3 + floor(u_days / .86 * 12)::int
                            ELSE 15 + floor(power((u_days - .86) / .14, 2) * 30)::int END
                       + CASE WHEN u_tail > .997 THEN 45 ELSE 0 END END AS decision_days,
             CASE WHEN u_dec < .975 AND u_ref < .05 THEN 14 + floor(u_refd * 30)::int END AS referral_days,
             CASE WHEN u_dec < .975 AND u_ref < .05 AND u_refo < .85 THEN
                  CASE WHEN u_refo / .85 < .15 THEN 'Upheld' WHEN u_refo / .85 < .30 THEN 'PartlyUpheld' WHEN u_refo / .85 < .82 THEN 'Rejected'
                       WHEN u_refo / .85 < .94 THEN 'Withdrawn' ELSE 'Settled' END END AS referral_outcome,
             CASE WHEN u_dec < .975 AND u_close < .99 THEN NULL
                  WHEN u_dec >= .975 AND (u_close < .60 OR make_date(year, 1, 1) + floor(day_pos)::int <= :'open_after'::date) THEN 20
                  END AS undecided_close,
             u_close, u_dec, u_days, u_ext, u_tail
      FROM (SELECT y.year, g.n, random() * (make_date(y.year + 1, 1, 1) - make_date(y.year, 1, 1)) AS day_pos,
                   random() AS u_type, random() AS u_chan, random() AS u_agent, random() AS u_file, random() AS u_filepool,
                   random() AS u_ack, random() AS u_ackd, random() AS u_cls, random() AS u_cat1, random() AS u_cat2, random() AS u_two,
                   random() AS u_root, random() AS u_off, random() AS u_ext, random() AS u_dec, random() AS u_days, random() AS u_tail,
                   random() AS u_out, random() AS u_offd, random() AS u_ref, random() AS u_refo, random() AS u_refd, random() AS u_close,
                   random() AS u_sat
            FROM generate_series(:year_from, :year_to) AS y(year), generate_series(1, :per_year) AS g(n)) AS u) AS r
CROSS JOIN LATERAL (SELECT ARRAY['Conduct', 'LegalSubstance', 'Financial', 'ExecutionGeneral'] AS cats,
                           CASE WHEN r.u_dec < .975 AND (r.u_close < .99 OR r.received_on <= :'open_after'::date)
                                THEN r.decision_days + floor(r.u_close / .99 * 15)::int % 15
                                ELSE r.undecided_close END AS close_days) AS d
-- in the order of receipt, as registrations arrive: the table's physical order follows received_on, as it would in use
ORDER BY received_on, id;
