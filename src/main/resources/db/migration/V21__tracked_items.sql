-- 列管事項: every opinion with a 建議事項 (or marked 列管) of a returned review form, open until a later review
-- closes it, across years. Periods are also kept as one number (roc_year * 4 + quarter - 1) to compare them.
CREATE TABLE IF NOT EXISTS tracked_item (
	id BIGINT AUTO_INCREMENT PRIMARY KEY,
	office_code VARCHAR(40) NOT NULL,
	-- the plan item concerned; NULL for the office as a whole
	item_code VARCHAR(20),
	-- OPINION (a reviewer's), SCORE (opened by a 考核 score below the pass line)
	source VARCHAR(20) NOT NULL,
	subject VARCHAR(500),
	opinion TEXT,
	request TEXT NOT NULL,
	opened_year INT NOT NULL,
	opened_quarter INT NOT NULL,
	opened_ord INT NOT NULL,
	opened_by_form BIGINT NOT NULL,
	-- OPEN, CLOSED, WITHDRAWN (its form was superseded)
	state VARCHAR(20) NOT NULL,
	closed_year INT,
	closed_quarter INT,
	closed_ord INT,
	closed_by_form BIGINT,
	opened_at DATETIME(3) NOT NULL,
	closed_at DATETIME(3),
	KEY ix_tracked_item_office (office_code, state, opened_ord),
	CONSTRAINT fk_tracked_item_form FOREIGN KEY (opened_by_form) REFERENCES review_form (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The office's 辦理情形, read with its progress sheet (sheet 審查意見辦理情形).
CREATE TABLE IF NOT EXISTS tracked_reply (
	tracked_item_id BIGINT NOT NULL,
	submission_id BIGINT NOT NULL,
	roc_year INT NOT NULL,
	quarter INT NOT NULL,
	reply TEXT NOT NULL,
	replied_on DATE,
	PRIMARY KEY (tracked_item_id, submission_id),
	CONSTRAINT fk_tracked_reply_item FOREIGN KEY (tracked_item_id) REFERENCES tracked_item (id) ON DELETE CASCADE,
	CONSTRAINT fk_tracked_reply_submission FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The reviewer's 解除列管 / 繼續列管 on each listed item, per form.
CREATE TABLE IF NOT EXISTS tracked_decision (
	tracked_item_id BIGINT NOT NULL,
	review_form_id BIGINT NOT NULL,
	close_item BOOLEAN NOT NULL,
	PRIMARY KEY (tracked_item_id, review_form_id),
	CONSTRAINT fk_tracked_decision_item FOREIGN KEY (tracked_item_id) REFERENCES tracked_item (id) ON DELETE CASCADE,
	CONSTRAINT fk_tracked_decision_form FOREIGN KEY (review_form_id) REFERENCES review_form (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
