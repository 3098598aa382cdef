package tw.gov.quality.actions;

import org.springframework.stereotype.Component;

/**
 * The administrators' actions, one class each, for the pages and the API alike. Each is checked,
 * recorded in the audit log ({@link ActionAudit}) with who asked and with what, and either done at
 * once or handed to a background run ({@link BackgroundRuns}) whose outcome is written to the same
 * audit line when it ends. A new action: a class here, a field here, and its endpoints.
 */
@Component
record AdminActions(IngestNowAction ingest, ConsolidateAction consolidate, RestartAction restart,
		RecoverAction recover, ReingestAction reingest, ExtendAction extend, UnlockAction unlock) {
}
