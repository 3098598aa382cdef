-- An administrator's re-ingestion of an archived file: the copy put back into the office's inbox
-- folder is processed again even when its bytes are those of an earlier submission, keeps the
-- original's received time, and says where it came from.
ALTER TABLE submission ADD COLUMN IF NOT EXISTS reingest_of BIGINT;

CREATE TABLE IF NOT EXISTS reingest_request (
	id BIGINT AUTO_INCREMENT PRIMARY KEY,
	-- the copy in the inbox: folder (the office code) and file name
	inbox_folder VARCHAR(255) NOT NULL,
	inbox_name VARCHAR(500) NOT NULL,
	source_submission_id BIGINT NOT NULL,
	-- the source's received time, which the new submission keeps
	received_at DATETIME(3) NOT NULL,
	requested_by VARCHAR(100) NOT NULL,
	requested_at DATETIME(3) NOT NULL,
	-- the submission the copy became, once ingested
	submission_id BIGINT,
	KEY ix_reingest_inbox (inbox_folder, inbox_name(200))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
