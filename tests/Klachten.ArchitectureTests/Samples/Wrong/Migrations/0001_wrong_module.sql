-- Deliberately wrong: a module's migration that reads another module's table (see ArchitectureRuleTests).
CREATE VIEW $schema$.open_cases AS SELECT complaint_id FROM handling.cases WHERE status = 'Open';
