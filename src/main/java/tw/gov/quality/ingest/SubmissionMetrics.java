package tw.gov.quality.ingest;

import java.util.List;
import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tw.gov.quality.validation.Finding;

/**
 * Counts what ingestion stored, once the chunk's transaction has committed (a rolled-back chunk is
 * read again and must not count twice):
 * <ul>
 * <li>{@code quality.submissions{outcome=accepted|refused|duplicate, office=<code>|unknown}}: files,
 * by outcome and by the office whose folder they came from ({@code unknown}: the inbox root or a
 * folder that is no office's). Offices are tens, so the tag stays small.</li>
 * <li>{@code quality.findings{rule=<Rule>, severity=error|warning}}: every finding stored, by rule.</li>
 * </ul>
 */
class SubmissionMetrics {

	static final String SUBMISSIONS = "quality.submissions";

	static final String FINDINGS = "quality.findings";

	private final MeterRegistry registry;

	SubmissionMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void stored(Outcome outcome) {
		String state = outcome.state().name().toLowerCase(Locale.ROOT);
		String office = outcome.file().officeCode() == null ? "unknown" : outcome.file().officeCode();
		List<Finding> findings = outcome.validation().findings();
		Runnable count = () -> {
			Counter.builder(SUBMISSIONS)
				.description("Ingested files by outcome and office")
				.tag("outcome", state)
				.tag("office", office)
				.register(registry)
				.increment();
			for (Finding finding : findings) {
				Counter.builder(FINDINGS)
					.description("Findings stored with ingested files, by rule")
					.tag("rule", finding.rule().name())
					.tag("severity", finding.severity().name().toLowerCase(Locale.ROOT))
					.register(registry)
					.increment();
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					count.run();
				}
			});
		}
		else {
			count.run();
		}
	}

}
