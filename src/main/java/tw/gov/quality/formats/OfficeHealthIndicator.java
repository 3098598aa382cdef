package tw.gov.quality.formats;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code office} health component: which formats outputs are written in, and LibreOffice's state.
 * <p>
 * UP when ODF and PDF are written (LibreOffice found; started on the first conversion) or when only
 * .xlsx is configured. OUT_OF_SERVICE when LibreOffice is configured ({@code quality.output.office.home})
 * but not there, or could not be started: an administrator asked for ODF and PDF and gets none. When
 * it is simply not installed, {@code OFF}: ODF and PDF are off, which does not change the service's
 * overall status (.xlsx is still written, nothing else is affected).
 */
@Component
class OfficeHealthIndicator implements HealthIndicator {

	/** ODF and PDF off because LibreOffice is not installed; not counted in the overall status. */
	static final Status OFF = new Status("OFF", "ODF 與 PDF 未啟用");

	private final OfficeConverter converter;

	OfficeHealthIndicator(OfficeConverter converter) {
		this.converter = converter;
	}

	@Override
	public Health health() {
		Health.Builder health;
		String failure = converter.startFailure();
		if (!converter.available()) {
			boolean onlyXlsx = converter.configured().size() == 1;
			health = onlyXlsx ? Health.up()
					: converter.homeConfigured() ? Health.outOfService() : Health.status(OFF);
			health.withDetail("odf", "off").withDetail("pdf", "off").withDetail("reason", converter.unavailableReason());
			if (!onlyXlsx) {
				health.withDetail("howToEnable",
						"apt-get install libreoffice-calc-nogui fonts-noto-cjk（或設定 quality.output.office.home），再重新啟動");
			}
		}
		else if (failure != null) {
			health = Health.outOfService()
				.withDetail("odf", "off")
				.withDetail("pdf", "off")
				.withDetail("reason", "LibreOffice 無法啟動：" + failure);
		}
		else {
			health = Health.up()
				.withDetail("odf", converter.configured().contains(OutputFormat.ODS) ? "on" : "off")
				.withDetail("pdf", converter.configured().contains(OutputFormat.PDF) ? "on" : "off")
				.withDetail("running", converter.running());
		}
		java.util.Collection<String> held = converter.held();
		if (!held.isEmpty()) {
			health.withDetail("heldConversions", held)
				.withDetail("heldNote", held.size() + " 個檔案轉檔逾時，檔案未變更前不再自動重試；管理者可執行 retry-conversions 指令重試");
		}
		return health.withDetail("formats", converter.formats(true).stream().map(OutputFormat::extension).toList())
			.withDetail("home", converter.home() == null ? "" : converter.home().toString())
			.build();
	}

}
