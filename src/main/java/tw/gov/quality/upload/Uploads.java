package tw.gov.quality.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import tw.gov.quality.Folders;
import tw.gov.quality.audit.AuditAction;
import tw.gov.quality.audit.AuditLog;
import tw.gov.quality.audit.AuditOutcome;
import tw.gov.quality.ingest.SubmissionRecord;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.security.ConsoleUser;
import tw.gov.quality.spreadsheet.WorkbookFiles;
import tw.gov.quality.web.BadRequest;

/**
 * Puts an uploaded file where the office itself would drop it, {@code inbox/<office-code>/}: written under a
 * {@code .writing-} name the inbox never takes, forced to disk, renamed into place in one step and the folder
 * synced, so ingestion sees the whole file or nothing. An office uploads into its own folder, a supervisor into
 * its own (its review forms); an administrator names the folder. Every upload is in the audit log, and an
 * ingestion follows within seconds ({@link IngestAfterUpload}).
 */
@Component
public class Uploads {

	private static final Set<String> EXTENSIONS = Set.of("xlsx", "xls", "ods");

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private static final int MAX_NAME = 120;

	private final Folders folders;

	private final OfficeRegistry offices;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final IngestAfterUpload ingestSoon;

	Uploads(Folders folders, OfficeRegistry offices, AuditLog audit, JdbcClient jdbc, Clock clock,
			IngestAfterUpload ingestSoon) {
		this.ingestSoon = ingestSoon;
		this.folders = folders;
		this.offices = offices;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One upload and what ingestion made of it so far. */
	public record Upload(long id, String office, String name, LocalDateTime uploadedAt, Long submissionId, String state) {

		/** 等待收件, or the outcome as a person reads it. */
		public String outcome() {
			if (state == null) {
				return "等待收件（收件後本頁自動顯示結果）";
			}
			String label = SubmissionRecord.stateLabel(state);
			return SubmissionRecord.refused(state) ? label + "（請見回執）" : label;
		}

		/** Not yet answered: the upload page refreshes itself while one is. */
		public boolean waiting() {
			return SubmissionRecord.inProgress(state);
		}

	}

	/**
	 * @param office the folder to put it in: only an administrator chooses; others get their own office's
	 */
	public Upload store(ConsoleUser user, String office, String originalName, InputStream content) throws IOException {
		String folder = folder(user, office);
		String name = name(originalName);
		Path dir = folders.inbox().resolve(folder);
		Files.createDirectories(dir);
		LocalDateTime now = LocalDateTime.now(clock);
		String stored = STAMP.format(now) + "_" + name;
		Path target = dir.resolve(stored);
		Path partial = Files.createTempFile(dir, WorkbookFiles.PARTIAL_PREFIX, ".upload");
		try {
			Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
			WorkbookFiles.force(partial);
			for (int n = 2; Files.exists(target); n++) {
				stored = STAMP.format(now) + "-" + n + "_" + name;
				target = dir.resolve(stored);
			}
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			WorkbookFiles.syncFolder(dir);
		}
		finally {
			Files.deleteIfExists(partial);
		}
		long auditId = audit.record(user.username(), user.role().name(), AuditAction.UPLOAD,
				Map.of("office", folder, "file", stored), AuditOutcome.SUCCEEDED, "上傳至收件匣 " + folder + "/" + stored);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO console_upload (username, office_code, stored_name, uploaded_at, audit_id) VALUES (?, ?, ?, ?, ?)")
			.params(user.username(), folder, stored, Timestamp.valueOf(now), auditId)
			.update(key, "id");
		ingestSoon.uploaded();
		return new Upload(key.getKey().longValue(), folder, stored, now, null, null);
	}

	/** The user's latest uploads, newest first, each with the submission ingestion made of it, if any yet. */
	public List<Upload> recent(ConsoleUser user, int limit) {
		return jdbc.sql("""
				SELECT u.id, u.office_code, u.stored_name, u.uploaded_at, s.id AS submission_id, s.state
				FROM console_upload u LEFT JOIN submission s
					ON s.id = (SELECT MAX(x.id) FROM submission x WHERE x.folder = u.office_code AND x.original_name = u.stored_name)
				WHERE u.username = ? ORDER BY u.id DESC LIMIT ?""")
			.params(user.username(), limit)
			.query((rs, n) -> new Upload(rs.getLong("id"), rs.getString("office_code"), rs.getString("stored_name"),
					rs.getTimestamp("uploaded_at").toLocalDateTime(), rs.getObject("submission_id", Long.class),
					rs.getString("state")))
			.list();
	}

	private String folder(ConsoleUser user, String office) {
		if (user.isAdmin()) {
			if (office == null || office.isBlank() || offices.find(office.strip()).isEmpty()) {
				throw new BadRequest("請選擇要上傳到哪一個機關的收件匣");
			}
			return office.strip();
		}
		if (user.officeCode() == null) {
			throw new BadRequest("此帳號沒有所屬機關，無法上傳");
		}
		if (office != null && !office.isBlank() && !office.strip().equals(user.officeCode())) {
			throw new BadRequest("只能上傳到貴機關自己的收件匣（" + user.officeCode() + "）");
		}
		return user.officeCode();
	}

	/** The file's own name, made safe: no folders, no control or reserved characters, an accepted extension. */
	static String name(String originalName) {
		String name = originalName == null ? "" : originalName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\\p{Cf}\\p{Zl}\\p{Zp}:*?\"<>|]", "_").strip();
		while (name.startsWith(".") || name.startsWith("~")) {
			name = name.substring(1);
		}
		int dot = name.lastIndexOf('.');
		String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
		if (!EXTENSIONS.contains(extension)) {
			throw new BadRequest("只接受 .xlsx、.xls 或 .ods 檔案");
		}
		String base = name.substring(0, dot);
		if (base.isEmpty()) {
			base = "upload";
		}
		if (base.length() > MAX_NAME) {
			base = base.substring(0, MAX_NAME);
		}
		return base + "." + extension;
	}

}
