-- A plan's 考核 settings (seed 000): total points, pass line, rhythm, days for the 評分紀錄; NULL where none.
ALTER TABLE plan ADD COLUMN IF NOT EXISTS evaluation_total DECIMAL(8, 2);
ALTER TABLE plan ADD COLUMN IF NOT EXISTS evaluation_pass DECIMAL(8, 2);
ALTER TABLE plan ADD COLUMN IF NOT EXISTS evaluation_rhythm VARCHAR(40);
ALTER TABLE plan ADD COLUMN IF NOT EXISTS evaluation_record_days INT;
