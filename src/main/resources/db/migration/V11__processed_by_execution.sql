-- With several nodes ingesting at once, a run's summary lists the files that run answered, not every
-- file any node answered meanwhile: the ingestJob execution that stored the outcome.
ALTER TABLE submission ADD COLUMN IF NOT EXISTS processed_by_execution BIGINT;
CREATE INDEX IF NOT EXISTS ix_submission_processed_by ON submission (processed_by_execution);
