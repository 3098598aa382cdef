package tw.gov.quality.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What step 1 did with the inbox, kept in the step's execution context for the run's summary (log,
 * console, exit code): files received, files a crash had left half received and that were finished,
 * and every inbox entry not received, with why.
 *
 * @param waiting still being written or incomplete: taken by a later run by itself
 * @param failed could not be archived (our disk or permissions): needs an administrator
 * @param ignored not regular files (links, pipes, devices): never taken
 */
record ReceiveSummary(int received, int recovered, Entries waiting, Entries failed, Entries ignored) {

	private static final String PREFIX = "receive.";

	/** Entries listed by name; past this only counted (a run over a broken inbox of thousands). */
	static final int MAX_LISTED = 200;

	static final ReceiveSummary NONE = new ReceiveSummary(0, 0, Entries.NONE, Entries.NONE, Entries.NONE);

	/** Inbox entries of one kind: how many, and the first {@link #MAX_LISTED} of them. */
	record Entries(int count, List<Inbox.Left> listed) {

		static final Entries NONE = new Entries(0, List.of());

		static Entries of(List<Inbox.Left> all) {
			return new Entries(all.size(), List.copyOf(all.subList(0, Math.min(all.size(), MAX_LISTED))));
		}

	}

	ReceiveSummary(int received, int recovered, List<Inbox.Left> waiting, List<Inbox.Left> failed,
			List<Inbox.Left> ignored) {
		this(received, recovered, Entries.of(waiting), Entries.of(failed), Entries.of(ignored));
	}

	/** Files still in the inbox after this run (not counting entries that are not files). */
	int left() {
		return waiting.count() + failed.count();
	}

	void storeIn(ExecutionContext context) {
		context.putInt(PREFIX + "received", received);
		context.putInt(PREFIX + "recovered", recovered);
		store(context, "waiting", waiting);
		store(context, "failed", failed);
		store(context, "ignored", ignored);
	}

	static ReceiveSummary of(StepExecution step) {
		if (step == null) {
			return NONE;
		}
		ExecutionContext context = step.getExecutionContext();
		return new ReceiveSummary(context.getInt(PREFIX + "received", 0), context.getInt(PREFIX + "recovered", 0),
				load(context, "waiting"), load(context, "failed"), load(context, "ignored"));
	}

	private static void store(ExecutionContext context, String key, Entries entries) {
		context.putInt(PREFIX + key + ".count", entries.count());
		StringBuilder listed = new StringBuilder();
		entries.listed().forEach(entry -> listed.append(entry.path()).append('\t').append(entry.reason()).append('\n'));
		context.putString(PREFIX + key, listed.toString());
	}

	private static Entries load(ExecutionContext context, String key) {
		List<Inbox.Left> listed = new ArrayList<>();
		Arrays.stream(context.getString(PREFIX + key, "").split("\n")).filter(line -> !line.isEmpty()).forEach(line -> {
			int tab = line.indexOf('\t');
			listed.add(new Inbox.Left(line.substring(0, tab), line.substring(tab + 1)));
		});
		return new Entries(context.getInt(PREFIX + key + ".count", listed.size()), listed);
	}

}
