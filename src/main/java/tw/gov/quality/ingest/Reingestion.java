package tw.gov.quality.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.gov.quality.Checksums;
import tw.gov.quality.Folders;

/**
 * Puts an archived original back into its office's inbox folder, under a new name
 * ({@code <name>_重新收件<id>_<yyyyMMdd-HHmmss>.<ext>}), to be ingested again: after a plan was
 * corrected, a validation rule fixed, or a file refused by mistake. The next ingestion reads it even
 * though its bytes were seen before (it is never a duplicate), gives it the original's received time
 * (so a re-ingest never makes an office late) and records where it came from; its receipt says so.
 * The original submission stays as it was, in history and in the archive.
 */
@Component
public class Reingestion {

	private static final Logger log = LoggerFactory.getLogger(Reingestion.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final Submissions submissions;

	private final ReingestRequests requests;

	private final Folders folders;

	private final Clock clock;

	Reingestion(Submissions submissions, ReingestRequests requests, Folders folders, Clock clock) {
		this.submissions = submissions;
		this.requests = requests;
		this.folders = folders;
		this.clock = clock;
	}

	/** Where the copy was put, relative to the inbox. */
	public record Copy(long sourceSubmissionId, String officeCode, String inboxName) {
	}

	/**
	 * @throws IllegalArgumentException (message in Chinese) for a file of no office, one not yet read,
	 * or an archived copy that is missing or not the bytes that were received
	 */
	@Transactional
	public Copy requestReingest(long submissionId, String requestedBy) throws IOException {
		SubmissionRecord source = submissions.find(submissionId)
			.orElseThrow(() -> new IllegalArgumentException("查無收件編號 " + submissionId));
		if (source.officeCode() == null) {
			throw new IllegalArgumentException("收件編號 " + submissionId + " 不屬於任何機關的收件資料夾，無法重新收件；"
					+ "請將檔案放入正確機關的資料夾");
		}
		if (SubmissionStatus.RECEIVED.name().equals(source.state())) {
			throw new IllegalArgumentException("收件編號 " + submissionId + " 尚在處理中，請待處理完成後再重新收件");
		}
		Submissions.StoredFiles files = submissions.files(submissionId).orElseThrow();
		Path archived = Folders.confine(folders.archive(), files.archived());
		if (!Files.isRegularFile(archived) || !source.sha256().equals(Checksums.sha256(archived))) {
			throw new IllegalArgumentException("收件編號 " + submissionId + " 的存檔原件不存在或已被更動，無法重新收件");
		}
		LocalDateTime now = LocalDateTime.now(clock);
		String safe = FileNames.safe(source.originalName());
		int dot = safe.lastIndexOf('.');
		String extension = dot > 0 ? safe.substring(dot) : "";
		String stem = FileNames.withoutExtension(safe);
		if (stem.codePointCount(0, stem.length()) > 40) {
			stem = stem.substring(0, stem.offsetByCodePoints(0, 40));
		}
		String name = FileNames.safe(stem + "_重新收件" + submissionId + "_" + STAMP.format(now) + extension);
		Path folder = folders.inbox().resolve(source.officeCode());
		Files.createDirectories(folder);
		Path target = folder.resolve(name);
		requests.insert(source.officeCode(), name, submissionId, source.receivedAt(), requestedBy, now);
		// Through a scratch name the inbox ignores, so that ingestion never sees half a file.
		Path partial = folder.resolve(".writing-" + name + ".part");
		Files.copy(archived, partial, StandardCopyOption.REPLACE_EXISTING);
		Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		log.info("Submission {} put back into the inbox as {}/{} for re-ingestion by {}", submissionId,
				source.officeCode(), name, requestedBy);
		return new Copy(submissionId, source.officeCode(), name);
	}

	/** What the copy became once ingested: empty while it waits in the inbox. */
	public Optional<SubmissionRecord> result(Copy copy) {
		return requests.find(copy.officeCode(), copy.inboxName())
			.flatMap(request -> requests.submissionOf(request.id()))
			.flatMap(submissions::find);
	}

}
