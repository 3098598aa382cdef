-- What a reminder is about: the progress sheet (PROGRESS) or the 考核 score record (SCORE_RECORD, seed 000 伍.六).
-- Each is sent once per recipient, quarter, stage and topic, so an office chased for its sheet is still chased
-- for its 評分紀錄. Rows written before this column existed were all about progress sheets.
ALTER TABLE reminder_sent ADD COLUMN IF NOT EXISTS topic VARCHAR(20) NOT NULL DEFAULT 'PROGRESS';
-- Dropping and adding the same key again is harmless should this run twice.
ALTER TABLE reminder_sent DROP PRIMARY KEY, ADD PRIMARY KEY (recipient_code, roc_year, quarter, stage, topic);
