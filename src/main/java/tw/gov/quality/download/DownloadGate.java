package tw.gov.quality.download;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import tw.gov.quality.Folders;
import tw.gov.quality.audit.AuditAction;
import tw.gov.quality.audit.AuditLog;
import tw.gov.quality.audit.AuditOutcome;
import tw.gov.quality.formats.OfficeConverter;
import tw.gov.quality.formats.OutputFormat;
import tw.gov.quality.security.ConsoleUser;
import tw.gov.quality.security.RefusalRecorded;
import tw.gov.quality.web.NotFound;

/**
 * What every download goes through, whatever the file: the access check (a refusal audited), the path confined
 * to its folder and present, the format asked for, and the download audited with the name it is served as.
 */
@Component
class DownloadGate {

	private final AuditLog audit;

	private final OfficeConverter converter;

	DownloadGate(AuditLog audit, OfficeConverter converter) {
		this.audit = audit;
		this.converter = converter;
	}

	/** The download's audit parameters, in order: name, value, name, value … */
	static Map<String, Object> parameters(Object... pairs) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			parameters.put((String) pairs[i], pairs[i + 1]);
		}
		return parameters;
	}

	/** Runs the access check; a refusal is audited with {@code parameters}. */
	void checked(ConsoleUser user, Map<String, Object> parameters, Runnable check) {
		try {
			check.run();
		}
		catch (AccessDeniedException ex) {
			audit.record(user.username(), user.role().name(), AuditAction.DOWNLOAD, parameters, AuditOutcome.REFUSED,
					ex.getMessage());
			throw new RefusalRecorded(ex.getMessage());
		}
	}

	Download served(ConsoleUser user, Map<String, Object> parameters, Path path, String name) {
		audit.record(user.username(), user.role().name(), AuditAction.DOWNLOAD, parameters, AuditOutcome.SUCCEEDED,
				name);
		return new Download(path, name);
	}

	/** The recorded path inside its folder, and present; never anything outside. */
	static Path existing(Path root, Path recorded) {
		Path path;
		try {
			path = Folders.confine(root, recorded);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFound("檔案不在允許下載的資料夾內");
		}
		if (!Files.isRegularFile(path)) {
			throw new NotFound("檔案已不存在：" + recorded.getFileName());
		}
		return path;
	}

	/**
	 * The file beside {@code xlsx} in {@code format}. Missing: .xlsx when {@code fallBack} (the format was
	 * not asked for), else not found with the reason (not converted yet, or ODF/PDF off).
	 */
	Path inFormat(Path xlsx, OutputFormat format, boolean fallBack, String what) {
		if (format == OutputFormat.XLSX) {
			return xlsx;
		}
		Path path = format.sibling(xlsx);
		if (Files.isRegularFile(path)) {
			return path;
		}
		if (fallBack) {
			return xlsx;
		}
		throw new NotFound("此" + what + "沒有 ." + format.extension() + " 版本"
				+ (converter.available() ? "（轉檔尚未完成，下次執行時會再轉）" : "：本服務未安裝 LibreOffice，只產生 .xlsx"));
	}

}
