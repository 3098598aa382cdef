package tw.gov.quality.reminder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tw.gov.quality.Folders;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.formats.PendingConversions;
import tw.gov.quality.reminder.Reminders.Outcome;

/**
 * The run's 催繳清單 under {@code output/reminders/<year>/Q<quarter>/}: one workbook per stage that had something
 * to send, then the quarter's lists also as .ods and PDF.
 */
final class ReminderLists {

	private static final Logger log = LoggerFactory.getLogger(ReminderLists.class);

	private final ReminderWorkbook workbook = new ReminderWorkbook();

	private final Folders folders;

	private final PendingConversions conversions;

	ReminderLists(Folders folders, PendingConversions conversions) {
		this.folders = folders;
		this.conversions = conversions;
	}

	List<Path> write(ReportingPeriod period, LocalDateTime asOf, LocalDateTime runAt, List<Outcome> outcomes) {
		Map<Stage, List<Outcome>> byStage = new EnumMap<>(Stage.class);
		outcomes.forEach(outcome -> byStage.computeIfAbsent(outcome.reminder().stage(), stage -> new ArrayList<>())
			.add(outcome));
		List<Path> written = new ArrayList<>();
		for (Map.Entry<Stage, List<Outcome>> entry : byStage.entrySet()) {
			Path target = ReminderWorkbook.target(folders.output(), period, entry.getKey(), runAt);
			try {
				workbook.write(period, entry.getKey(), asOf, runAt, entry.getValue(), target);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("催繳清單無法寫入 " + target + "：" + ex.getMessage(), ex);
			}
			log.info("Reminder list {} written: {} reminder(s)", target, entry.getValue().size());
			written.add(target);
		}
		return written;
	}

	/**
	 * The lists of the quarter also as .ods and PDF, after every reminder is committed; a failure is logged and
	 * the list is converted by the next run (it stays pending: its .xlsx has no .ods or PDF beside it).
	 */
	void convert(ReportingPeriod period, List<Path> workbooks) {
		if (workbooks.isEmpty()) {
			return;
		}
		Path folder = workbooks.get(0).getParent();
		try {
			PendingConversions.Sweep sweep = conversions.sweep(folder, true);
			if (sweep.conversion().failed()) {
				log.warn("Reminder lists {}: {}; failed ones are tried again on the next run: {}", period, sweep.summary(),
						sweep.conversion().failures());
			}
			else if (!sweep.conversion().written().isEmpty()) {
				log.info("Reminder lists {}: {}", period, sweep.summary());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Reminder lists {} not converted, tried again on the next run: {}", period, ex.toString());
		}
	}

}
