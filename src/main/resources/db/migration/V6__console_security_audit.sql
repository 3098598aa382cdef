-- The web console's audit log: who did what, when, with which parameters, and how it ended.
CREATE TABLE IF NOT EXISTS audit_log (
	id BIGINT AUTO_INCREMENT PRIMARY KEY,
	occurred_at DATETIME(3) NOT NULL,
	username VARCHAR(100) NOT NULL,
	role VARCHAR(20),
	-- INGEST, CONSOLIDATE, RESTART, RECOVER, REINGEST, EXTEND, DOWNLOAD, INITIAL_ADMIN
	action VARCHAR(40) NOT NULL,
	parameters TEXT,
	-- SUCCEEDED, FAILED, STARTED (a background run, updated when it ends), REFUSED
	outcome VARCHAR(20) NOT NULL,
	detail TEXT,
	job_execution_id BIGINT,
	finished_at DATETIME(3),
	remote_address VARCHAR(64),
	KEY ix_audit_time (occurred_at),
	KEY ix_audit_action (action, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Accounts not in configuration: the administrator generated on a first start without any configured
-- user. Only the BCrypt hash of its password is kept.
CREATE TABLE IF NOT EXISTS console_account (
	username VARCHAR(100) NOT NULL PRIMARY KEY,
	password_hash VARCHAR(100) NOT NULL,
	role VARCHAR(20) NOT NULL,
	created_at DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
