package tw.gov.quality.report;

import java.util.List;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.Office;
import tw.gov.quality.office.OfficeRegistry;

/**
 * The supervisors one consolidation writes, in registry order: the one asked for, or every
 * supervisor with at least one office that owes a sheet for the period. Its place (how many it has
 * handed out) is kept in the step's execution context, so a restarted run goes on after the last
 * supervisor whose version was written instead of writing every one again.
 */
class SupervisorReader extends AbstractItemCountingItemStreamItemReader<Office> {

	private final QuarterAssembler assembler;

	private final OfficeRegistry offices;

	private final String supervisor;

	private final ReportingPeriod period;

	private List<Office> supervisors = List.of();

	/** @param supervisor one supervisor's code, or {@code null} (or blank) for all of them */
	SupervisorReader(QuarterAssembler assembler, OfficeRegistry offices, String supervisor, ReportingPeriod period) {
		this.assembler = assembler;
		this.offices = offices;
		this.supervisor = supervisor;
		this.period = period;
		setName("supervisorReader");
	}

	@Override
	protected void doOpen() {
		if (supervisor != null && !supervisor.isBlank()) {
			supervisors = List.of(offices.get(supervisor));
			return;
		}
		supervisors = assembler.supervisors()
			.stream()
			.filter(office -> !assembler.expectedOffices(office.code(), period).isEmpty())
			.toList();
	}

	@Override
	protected Office doRead() {
		// The count is already advanced past the supervisor being read.
		int index = getCurrentItemCount() - 1;
		return index < supervisors.size() ? supervisors.get(index) : null;
	}

	@Override
	protected void jumpToItem(int itemIndex) {
		// doRead indexes by the restored count: nothing to skip by reading.
	}

	@Override
	protected void doClose() {
		supervisors = List.of();
	}

}
