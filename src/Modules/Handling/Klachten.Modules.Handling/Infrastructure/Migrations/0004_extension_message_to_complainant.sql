-- The extension's reason is internal; what the notice tells the complainant is written separately (null for extensions
-- recorded before, whose notices were already sent).
ALTER TABLE $schema$.cases ADD COLUMN IF NOT EXISTS extension_message_to_complainant text NULL;
