-- Files sent through the console or the API (POST /api/uploads), to show each user what became of them.
CREATE TABLE IF NOT EXISTS console_upload (
	id BIGINT AUTO_INCREMENT PRIMARY KEY,
	username VARCHAR(100) NOT NULL,
	office_code VARCHAR(40) NOT NULL,
	stored_name VARCHAR(500) NOT NULL,
	uploaded_at DATETIME(3) NOT NULL,
	audit_id BIGINT,
	KEY ix_console_upload_user (username, id),
	KEY ix_console_upload_file (office_code, stored_name(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
