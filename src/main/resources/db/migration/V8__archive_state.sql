-- Receiving is three committed steps per file: recorded (archived_at NULL), archived (archived_at
-- set, the copy complete and renamed into place), then removed from the inbox. A row left with
-- archived_at NULL by a crash is finished, or found WITHDRAWN, by the next run.
ALTER TABLE submission ADD COLUMN IF NOT EXISTS archived_at DATETIME(3);
UPDATE submission SET archived_at = COALESCE(processed_at, received_at) WHERE state <> 'RECEIVED' AND archived_at IS NULL;
CREATE INDEX IF NOT EXISTS ix_submission_archived_path ON submission (archived_path(255));
