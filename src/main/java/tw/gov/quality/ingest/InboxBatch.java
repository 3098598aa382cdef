package tw.gov.quality.ingest;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A batch of one lane's inbox files, received together: every file still goes through issue 9's steps in
 * their order (copied under a temporary name, its checksum taken on the way; recorded and committed; flushed
 * and renamed into the archive; marked archived and committed; only then removed from the inbox), but each
 * step's database work is done for the whole batch in one transaction, and each archive folder is synced
 * once: a handful of commits per batch instead of six per file. The claims (of the files, then of their submissions) are taken and given back
 * for the batch at once too.
 */
final class InboxBatch {

	private static final Logger log = LoggerFactory.getLogger(InboxBatch.class);

	private final InboxReceiver receiver;

	private final ExecutorService disk;

	private final List<InboxDrop> drops;

	/** The batch's claims held: its files', then its submissions'. */
	private final List<String> held = new ArrayList<>();

	InboxBatch(InboxReceiver receiver, ExecutorService disk, List<InboxDrop> drops) {
		this.receiver = receiver;
		this.disk = disk;
		this.drops = drops;
	}

	void receive() {
		ArchiveCopies copies = new ArchiveCopies(receiver.archive(), disk, this::failed);
		try {
			List<InboxDrop> copied = copies.copy(withReingests(claimFiles()));
			archive(copies, mine(copied, receiver.record(copied)));
		}
		finally {
			// Copies this run did not archive (another node's submission, a failure) go; their files stay in the inbox.
			drops.stream().filter(drop -> drop.result != InboxDrop.Result.RECEIVED).forEach(ArchiveCopies::discard);
			// The files' claims and their submissions', given back together once the files left the inbox.
			receiver.claims().releaseAll(held);
		}
	}

	/** The files this node won; the others are another node's, or vanished since the scan. */
	private List<InboxDrop> claimFiles() {
		List<InboxDrop> keyed = new ArrayList<>();
		for (InboxDrop drop : drops) {
			try {
				drop.fileClaim = IngestClaims.inboxFile(receiver.inbox().relative(drop.dropped.path()), drop.dropped);
				keyed.add(drop);
			}
			catch (IOException ex) {
				failed(drop, ex);
			}
		}
		Set<String> won = receiver.claims().claimAll(keyed.stream().map(drop -> drop.fileClaim).toList());
		held.addAll(won);
		List<InboxDrop> claimed = new ArrayList<>();
		for (InboxDrop drop : keyed) {
			if (won.contains(drop.fileClaim)) {
				claimed.add(drop);
			}
			else {
				drop.result = InboxDrop.Result.ELSEWHERE;
				log.debug("Inbox file {} is being received by another node", shown(drop));
			}
		}
		return claimed;
	}

	/** The files as they are to be received: a re-ingest request applied. */
	private List<InboxDrop> withReingests(List<InboxDrop> claimed) {
		// An archived file put back by an administrator: read again even if its bytes were seen
		// before, and received when the original was.
		Map<InboxFile.Name, ReingestRequests.Request> requests = receiver.reingests()
			.findAll(claimed.stream().map(drop -> drop.dropped).toList());
		for (InboxDrop drop : claimed) {
			InboxFile dropped = drop.dropped;
			drop.reingest = Optional.ofNullable(requests.get(dropped.name()));
			drop.file = drop.reingest.map(request -> new InboxFile(dropped.path(), dropped.folder(),
					dropped.officeCode(), dropped.originalName(), dropped.size(), request.receivedAt())).orElse(dropped);
		}
		return claimed;
	}

	/** The recorded files whose submission this node holds; one another node reconciles is left for later. */
	private List<InboxDrop> mine(List<InboxDrop> recorded, Set<String> won) {
		held.addAll(won);
		List<InboxDrop> mine = new ArrayList<>();
		for (InboxDrop drop : recorded) {
			if (won.contains(drop.submissionClaim())) {
				mine.add(drop);
			}
			else {
				drop.result = InboxDrop.Result.ELSEWHERE;
				log.info("Submission {} is being reconciled by another node; inbox file {} left for a later run", drop.id,
						FileNames.printable(drop.file.originalName()));
			}
		}
		return mine;
	}

	/**
	 * Puts the copies in place (each flushed before it is renamed, each folder synced after), marks them
	 * archived in one transaction, then removes the inbox files.
	 */
	private void archive(ArchiveCopies copies, List<InboxDrop> mine) {
		List<InboxDrop> copied = copies.store(mine);
		receiver.markArchived(copied);
		for (InboxDrop drop : copied) {
			try {
				Files.deleteIfExists(drop.file.path());
				drop.result = InboxDrop.Result.RECEIVED;
			}
			catch (IOException ex) {
				failed(drop, ex);
			}
		}
	}

	/**
	 * The file stays in the inbox: vanished (taken away by its sender after the scan; nothing to receive),
	 * still being written (its sender's copy was not done after all: taken once it is), or our side failed
	 * (disk full, permissions) and the next run tries again.
	 */
	private void failed(InboxDrop drop, IOException ex) {
		drop.result = InboxDrop.Result.LEFT;
		if (ex instanceof NoSuchFileException) {
			log.info("Inbox file {} vanished before it was received", FileNames.printable(drop.dropped.path().toString()));
			return;
		}
		String shown = shown(drop);
		if (ex instanceof Archive.StillBeingWritten) {
			log.info("Inbox file {} changed while it was received (still being written); left for the next run", shown);
			drop.waiting = Inbox.Left.stillBeingWritten(shown);
			return;
		}
		log.error("Could not receive inbox file {}; left in place: {}", shown, ex.toString());
		drop.left = new Inbox.Left(shown, "系統無法封存：" + reason(ex));
	}

	private String shown(InboxDrop drop) {
		return FileNames.printable(receiver.inbox().relative(drop.dropped.path()));
	}

	private static String reason(IOException ex) {
		String message = ex instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
				: String.valueOf(ex.getMessage());
		if (message.contains("No space left on device")) {
			return "封存磁碟空間不足，請系統管理者清出空間後重新執行收件";
		}
		if (ex instanceof java.nio.file.AccessDeniedException) {
			return "沒有寫入封存資料夾或刪除收件匣檔案的權限，請系統管理者檢查資料夾權限";
		}
		return "讀寫檔案時發生錯誤（" + message + "），請系統管理者檢查磁碟後重新執行收件";
	}

}
