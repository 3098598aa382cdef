-- The size and modification time a plan file had when its checksum was taken: a file whose size and
-- time are unchanged is not read again (NULL: taken too soon after a change to trust, hash next time).
ALTER TABLE plan ADD COLUMN IF NOT EXISTS file_size BIGINT;
ALTER TABLE plan ADD COLUMN IF NOT EXISTS file_modified BIGINT;
