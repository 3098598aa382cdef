package tw.gov.quality.ingest;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records one batch's files, in the caller's transaction, as if one by one in their order: a file a
 * crashed run recorded already gets that row back; otherwise it is the duplicate of the first
 * submission of the same bytes from its folder (an earlier file of the batch included) unless it is a
 * re-ingestion. A file like one recorded and already answered was dropped again: it is received anew
 * ({@code droppedAgain} gives it its new received time and archive name) as the duplicate of the first.
 * One query finds what was recorded before; the new rows are inserted in one statement
 * (more only when a file's row must point at another new row of the batch).
 */
final class InboxRecords {

	private static final Logger log = LoggerFactory.getLogger(InboxRecords.class);

	private final ReceivingRows rows;

	private final ReingestRequests reingests;

	private final Consumer<InboxDrop> droppedAgain;

	/**
	 * Rows of these bytes by folder and bytes, each list oldest first: those found, then this batch's (with a null id
	 * until inserted). Both lookups below are within one folder and one content, so a file never scans the batch.
	 */
	private final Map<String, List<Seen>> seen = new HashMap<>();

	private final List<InboxDrop> pending = new ArrayList<>();

	private final List<ReceivingRows.NewRow> pendingRows = new ArrayList<>();

	InboxRecords(ReceivingRows rows, ReingestRequests reingests, Consumer<InboxDrop> droppedAgain) {
		this.rows = rows;
		this.reingests = reingests;
		this.droppedAgain = droppedAgain;
	}

	/** A row recorded before or by this batch; {@code drop} is the batch's file whose row it is. */
	private record Seen(Long id, InboxDrop drop, String folder, String originalName, String sha256,
			LocalDateTime receivedAt, boolean original, boolean answered) {
	}

	void record(List<InboxDrop> drops) {
		rows.withBytes(drops.stream().map(drop -> drop.file.folder()).distinct().toList(),
				drops.stream().map(drop -> drop.sha256).distinct().toList())
			.forEach(row -> add(new Seen(row.id(), null, row.folder(), row.originalName(), row.sha256(),
					row.receivedAt(), row.original(), row.answered())));
		drops.forEach(this::record);
		insertPending();
	}

	private void record(InboxDrop drop) {
		Optional<Seen> earlier = sameDrop(drop);
		if (earlier.isPresent() && (drop.reingest.isPresent() || !earlier.get().answered())) {
			drop.id = idOf(earlier.get()); // a crash's leftover: finished under its own record
			return;
		}
		if (earlier.isPresent()) {
			droppedAgain.accept(drop);
		}
		InboxFile file = drop.file;
		LocalDateTime receivedAt = stored(file.receivedAt());
		Long duplicateOf = drop.reingest.isPresent() ? null
				: first(file.folder(), drop.sha256, Seen::original).map(this::idOf).orElse(null);
		Long reingestOf = drop.reingest.map(ReingestRequests.Request::sourceSubmissionId).orElse(null);
		pending.add(drop);
		pendingRows.add(new ReceivingRows.NewRow(file, drop.sha256, drop.target, duplicateOf, reingestOf));
		add(new Seen(null, drop, file.folder(), file.originalName(), drop.sha256, receivedAt,
				duplicateOf == null, false));
	}

	/** The row recorded for this very drop: same folder, name and bytes, received at the same time. */
	private Optional<Seen> sameDrop(InboxDrop drop) {
		InboxFile file = drop.file;
		LocalDateTime receivedAt = stored(file.receivedAt());
		return first(file.folder(), drop.sha256,
				row -> row.originalName().equals(file.originalName()) && row.receivedAt().equals(receivedAt));
	}

	private void add(Seen row) {
		seen.computeIfAbsent(key(row.folder(), row.sha256()), key -> new ArrayList<>()).add(row);
	}

	/** The oldest row of this folder and content that matches. */
	private Optional<Seen> first(String folder, String sha256, Predicate<Seen> match) {
		return seen.getOrDefault(key(folder, sha256), List.of()).stream().filter(match).findFirst();
	}

	private static String key(String folder, String sha256) {
		return folder + '\n' + sha256.toLowerCase(Locale.ROOT);
	}

	/** The row's id; a row of this batch is inserted first if it is not yet. */
	private long idOf(Seen row) {
		if (row.id() != null) {
			return row.id();
		}
		if (pending.contains(row.drop())) {
			insertPending();
		}
		return row.drop().id;
	}

	private void insertPending() {
		if (pending.isEmpty()) {
			return;
		}
		List<Long> ids = rows.insertReceived(pendingRows);
		for (int i = 0; i < pending.size(); i++) {
			InboxDrop drop = pending.get(i);
			drop.id = ids.get(i);
			drop.reingest.ifPresent(request -> reingests.received(request.id(), drop.id));
			InboxFile file = drop.file;
			Long reingestOf = pendingRows.get(i).reingestOf();
			log.info("Received {} from folder '{}' as submission {} ({} bytes, sha256 {}{})",
					FileNames.printable(file.originalName()), FileNames.printable(file.folder()), drop.id, file.size(),
					drop.sha256, reingestOf == null ? "" : ", re-ingest of " + reingestOf);
		}
		pending.clear();
		pendingRows.clear();
	}

	/** As a {@code DATETIME(3)} column keeps it. */
	private static LocalDateTime stored(LocalDateTime time) {
		return time.truncatedTo(ChronoUnit.MILLIS);
	}

}
