-- Returned 審查意見表: one row per form that passed its checks, its opinions, newest per office and period current.
CREATE TABLE IF NOT EXISTS review_form (
	id BIGINT AUTO_INCREMENT PRIMARY KEY,
	-- the submission that brought the file (archive, receipt, audit)
	submission_id BIGINT NOT NULL,
	supervisor_code VARCHAR(40) NOT NULL,
	office_code VARCHAR(40) NOT NULL,
	roc_year INT NOT NULL,
	quarter INT NOT NULL,
	reviewer VARCHAR(200) NOT NULL,
	reviewed_on DATE,
	score DECIMAL(8, 2),
	received_at DATETIME(3) NOT NULL,
	stored_at DATETIME(3) NOT NULL,
	-- the later form for the same office and period that replaced this one
	superseded_by BIGINT,
	UNIQUE KEY ux_review_form_submission (submission_id),
	KEY ix_review_form_period (office_code, roc_year, quarter, superseded_by),
	CONSTRAINT fk_review_form_submission FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS review_opinion (
	review_form_id BIGINT NOT NULL,
	seq INT NOT NULL,
	row_key VARCHAR(40) NOT NULL,
	item_code VARCHAR(20),
	category VARCHAR(100),
	subject VARCHAR(500),
	draft TEXT,
	opinion TEXT,
	suggestion TEXT,
	tracked BOOLEAN NOT NULL,
	PRIMARY KEY (review_form_id, seq),
	CONSTRAINT fk_review_opinion FOREIGN KEY (review_form_id) REFERENCES review_form (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
