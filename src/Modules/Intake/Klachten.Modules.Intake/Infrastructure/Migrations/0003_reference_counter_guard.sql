-- Registrations are written with the numbers their process expects to be next, and this guard, the batch's last statement,
-- moves the counters on only when they still stand where the writer expected (years in ascending order, so two processes
-- lock counter rows in the same order). The counter row is then locked only from the end of the batch to its commit,
-- not for the whole batch. When another transaction moved a counter first, the guard raises KLR01 and the batch is
-- rolled back and written again with fresh numbers: references stay gap-free and unique.
CREATE OR REPLACE FUNCTION intake.advance_reference_counters(years integer[], expected integer[], counts integer[])
RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
    FOR i IN 1 .. coalesce(cardinality(years), 0) LOOP
        UPDATE intake.reference_counters SET last_number = last_number + counts[i]
        WHERE year = years[i] AND last_number = expected[i];
        IF NOT FOUND AND expected[i] = 0 THEN
            INSERT INTO intake.reference_counters (year, last_number) VALUES (years[i], counts[i]) ON CONFLICT (year) DO NOTHING;
        END IF;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'reference counter % is not at % any more', years[i], expected[i] USING ERRCODE = 'KLR01';
        END IF;
    END LOOP;
END;
$$;
