-- Which claim holds a row's lease: the live process renews the (short) lease of its own claim only, and a row that another
-- process took over after a stall is not extended by the first one (issue 15: recovery within seconds after a crash).
ALTER TABLE $schema$.outbox_messages ADD COLUMN IF NOT EXISTS claimed_by uuid NULL;
