package tw.gov.quality.report;

import java.time.LocalDateTime;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.Office;

/** For a supervisor, the offices its report covers this quarter. */
class QuarterPlanner implements ItemProcessor<Office, SupervisorQuarter> {

	private final QuarterAssembler assembler;

	private final ReportingPeriod period;

	private final LocalDateTime asOf;

	QuarterPlanner(QuarterAssembler assembler, ReportingPeriod period, LocalDateTime asOf) {
		this.assembler = assembler;
		this.period = period;
		this.asOf = asOf;
	}

	@Override
	public SupervisorQuarter process(Office supervisor) {
		return new SupervisorQuarter(supervisor, period, asOf, assembler.expectedOffices(supervisor.code(), period));
	}

}
