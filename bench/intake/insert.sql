INSERT INTO bench_insert (id, payload, created_at) VALUES (gen_random_uuid(), 'De medewerker was onbeleefd aan de telefoon.', now());
