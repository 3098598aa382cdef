-- Every file an office drops, from the moment it is recorded (before it is archived) to its outcome.
CREATE TABLE IF NOT EXISTS submission (
	id BIGINT AUTO_INCREMENT PRIMARY KEY,
	folder VARCHAR(255) NOT NULL,
	-- the office the folder belongs to; NULL for the inbox root or an unknown folder
	office_code VARCHAR(40),
	original_name VARCHAR(500) NOT NULL,
	sha256 CHAR(64) NOT NULL,
	size_bytes BIGINT NOT NULL,
	received_at DATETIME(3) NOT NULL,
	archived_path VARCHAR(1000) NOT NULL,
	-- RECEIVED (archived, not yet read), ACCEPTED, REFUSED, DUPLICATE
	state VARCHAR(20) NOT NULL,
	duplicate_of BIGINT,
	roc_year INT,
	quarter INT,
	plan_office_code VARCHAR(40),
	superseded_by BIGINT,
	receipt_path VARCHAR(1000),
	processed_at DATETIME(3),
	KEY ix_submission_state (state, id),
	KEY ix_submission_period (office_code, roc_year, quarter, state),
	KEY ix_submission_sha (folder, sha256)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS submission_item (
	submission_id BIGINT NOT NULL,
	item_code VARCHAR(20) NOT NULL,
	status VARCHAR(20) NOT NULL,
	cumulative DECIMAL(14, 2),
	completed_on DATE,
	description TEXT,
	remark TEXT,
	PRIMARY KEY (submission_id, item_code),
	CONSTRAINT fk_submission_item FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS submission_finding (
	submission_id BIGINT NOT NULL,
	seq INT NOT NULL,
	severity VARCHAR(10) NOT NULL,
	rule_code VARCHAR(40) NOT NULL,
	cell VARCHAR(100),
	item_code VARCHAR(20),
	message TEXT NOT NULL,
	fix TEXT,
	PRIMARY KEY (submission_id, seq),
	CONSTRAINT fk_submission_finding FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What the inbox looked like: a file is taken only when two looks agree, and its received time is
-- never earlier than the last scan that did not see it.
CREATE TABLE IF NOT EXISTS inbox_scan (
	id BIGINT AUTO_INCREMENT PRIMARY KEY,
	scanned_at DATETIME(3) NOT NULL
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS inbox_observation (
	path VARCHAR(760) NOT NULL PRIMARY KEY,
	size_bytes BIGINT NOT NULL,
	modified_at DATETIME(3) NOT NULL,
	first_seen_at DATETIME(3) NOT NULL,
	not_before DATETIME(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
