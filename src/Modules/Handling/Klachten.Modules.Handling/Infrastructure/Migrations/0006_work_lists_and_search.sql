-- The work lists and searches of issue 16 (ListCases): each filter that would otherwise read the whole table gets an index.
-- The default order (closed last, the term in force, the reference), so that a first page reads a page.
CREATE INDEX IF NOT EXISTS ix_cases_work_order ON $schema$.cases ((status = 'Closed'), due_on, reference);
-- unassigned=true: the cases no officer has taken yet, in the same order.
CREATE INDEX IF NOT EXISTS ix_cases_unassigned ON $schema$.cases ((status = 'Closed'), due_on, reference) WHERE officer IS NULL;
-- The searches: the reference exactly, the collection agent in any letter case.
CREATE INDEX IF NOT EXISTS ix_cases_reference ON $schema$.cases (reference);
CREATE INDEX IF NOT EXISTS ix_cases_collection_agent_ci ON $schema$.cases (lower(collection_agent)) WHERE collection_agent IS NOT NULL;
