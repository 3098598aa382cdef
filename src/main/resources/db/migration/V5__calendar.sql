-- An administrator's extension of one office's deadline for one quarter, with who granted it and why.
CREATE TABLE IF NOT EXISTS deadline_extension (
	id BIGINT AUTO_INCREMENT PRIMARY KEY,
	office_code VARCHAR(40) NOT NULL,
	roc_year INT NOT NULL,
	quarter INT NOT NULL,
	extended_until DATETIME(3) NOT NULL,
	reason VARCHAR(500) NOT NULL,
	granted_by VARCHAR(100) NOT NULL,
	granted_at DATETIME(3) NOT NULL,
	KEY ix_extension (office_code, roc_year, quarter)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each office's state for a quarter as computed by a deadline check, kept with the moment it is for.
CREATE TABLE IF NOT EXISTS deadline_check (
	id BIGINT AUTO_INCREMENT PRIMARY KEY,
	office_code VARCHAR(40) NOT NULL,
	roc_year INT NOT NULL,
	quarter INT NOT NULL,
	state VARCHAR(30) NOT NULL,
	deadline DATETIME(3) NOT NULL,
	received_at DATETIME(3),
	late_minutes BIGINT,
	as_of DATETIME(3) NOT NULL,
	checked_at DATETIME(3) NOT NULL,
	KEY ix_check (roc_year, quarter, office_code, checked_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A reminder is sent once per office (or supervisor), quarter and stage, across restarts and reruns.
CREATE TABLE IF NOT EXISTS reminder_sent (
	recipient_code VARCHAR(40) NOT NULL,
	roc_year INT NOT NULL,
	quarter INT NOT NULL,
	stage VARCHAR(20) NOT NULL,
	sent_at DATETIME(3) NOT NULL,
	channel VARCHAR(20) NOT NULL,
	PRIMARY KEY (recipient_code, roc_year, quarter, stage)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
