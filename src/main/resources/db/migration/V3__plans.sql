-- Plans loaded from input-templates/plans/: one per office and ROC year.
CREATE TABLE IF NOT EXISTS plan (
	id BIGINT AUTO_INCREMENT PRIMARY KEY,
	office_code VARCHAR(40) NOT NULL,
	roc_year INT NOT NULL,
	title VARCHAR(500) NOT NULL,
	source VARCHAR(500) NOT NULL,
	file_name VARCHAR(255) NOT NULL,
	file_sha256 CHAR(64) NOT NULL,
	loaded_at DATETIME(6) NOT NULL,
	CONSTRAINT uk_plan_office_year UNIQUE (office_code, roc_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS plan_strategy (
	plan_id BIGINT NOT NULL,
	number INT NOT NULL,
	title VARCHAR(500) NOT NULL,
	PRIMARY KEY (plan_id, number),
	CONSTRAINT fk_plan_strategy_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS plan_item (
	plan_id BIGINT NOT NULL,
	item_code VARCHAR(20) NOT NULL,
	seq INT NOT NULL,
	strategy INT NOT NULL,
	work_item TEXT,
	action TEXT NOT NULL,
	method TEXT,
	deadline_text VARCHAR(200) NOT NULL,
	-- FIXED, RECURRING, CONTINUOUS, NONE or UNRECOGNIZED; due and frequency where they apply
	deadline_kind VARCHAR(20) NOT NULL,
	deadline_due DATE,
	deadline_frequency VARCHAR(20),
	units TEXT NOT NULL,
	benefit TEXT,
	target_quantity INT,
	target_unit VARCHAR(20),
	target_period VARCHAR(20),
	master_item VARCHAR(20),
	note TEXT,
	PRIMARY KEY (plan_id, item_code),
	CONSTRAINT fk_plan_item_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
