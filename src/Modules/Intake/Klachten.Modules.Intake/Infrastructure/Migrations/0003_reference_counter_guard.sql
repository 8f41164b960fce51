-- Registrations are numbered with the counters their process expects, and this guard, the first statement of the batch that
-- writes them, moves the counters on only when they stood where the writer expected (years in ascending order, so two
-- processes lock counter rows in the same order) and keeps them locked until commit. The batch then needs one round trip,
-- and a batch with stale numbers stops here, before it inserts a reference another transaction is inserting too. The
-- UPDATE has no condition on the number, so it waits for a transaction that holds the row and then sees its committed
-- number; the check comes after. When another transaction moved a counter first, the guard raises KLR01 and the batch is
-- rolled back and written again with fresh numbers: references stay gap-free and unique.
CREATE OR REPLACE FUNCTION intake.advance_reference_counters(years integer[], expected integer[], counts integer[])
RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
    previous integer;
BEGIN
    FOR i IN 1 .. coalesce(cardinality(years), 0) LOOP
        UPDATE intake.reference_counters SET last_number = last_number + counts[i]
        WHERE year = years[i]
        RETURNING last_number - counts[i] INTO previous;
        IF NOT FOUND AND expected[i] = 0 THEN
            INSERT INTO intake.reference_counters (year, last_number) VALUES (years[i], counts[i]) ON CONFLICT (year) DO NOTHING;
            IF FOUND THEN
                previous := 0;
            END IF;
        END IF;
        IF previous IS DISTINCT FROM expected[i] THEN
            RAISE EXCEPTION 'reference counter % is at %, not at %', years[i], previous, expected[i] USING ERRCODE = 'KLR01';
        END IF;
    END LOOP;
END;
$$;
