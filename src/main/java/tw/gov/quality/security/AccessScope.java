package tw.gov.quality.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import tw.gov.quality.office.Office;
import tw.gov.quality.office.OfficeRegistry;

/**
 * Which offices' data a user may see: an ADMIN every office; a SUPERVISOR its office and every office
 * beneath it; an OFFICE only itself. Every page, API call and download asks here with the office the
 * data belongs to, never with anything taken from a path.
 */
@Component
public class AccessScope {

	private final OfficeRegistry offices;

	AccessScope(OfficeRegistry offices) {
		this.offices = offices;
	}

	/** @param officeCode the office the data belongs to; {@code null} (a file from no known office) only for ADMIN */
	public boolean canSee(ConsoleUser user, String officeCode) {
		if (user == null) {
			return false;
		}
		if (user.isAdmin()) {
			return true;
		}
		if (officeCode == null || user.officeCode() == null || offices.find(officeCode).isEmpty()) {
			return false;
		}
		if (officeCode.equals(user.officeCode())) {
			return true;
		}
		return user.role() == Role.SUPERVISOR
				&& offices.ancestors(officeCode).stream().anyMatch(office -> office.code().equals(user.officeCode()));
	}

	public void check(ConsoleUser user, String officeCode) {
		if (!canSee(user, officeCode)) {
			throw new AccessDeniedException(
					"您沒有權限查看" + (officeCode == null ? "未歸屬機關的檔案" : "機關 " + officeCode + " 的資料"));
		}
	}

	/** A supervisor's consolidated report: for those who may see the supervising office itself. */
	public void checkReport(ConsoleUser user, String supervisorCode) {
		if (user == null || user.role() == Role.OFFICE || !canSee(user, supervisorCode)) {
			throw new AccessDeniedException("您沒有權限下載 " + supervisorCode + " 的執行成果報告");
		}
	}

	/** The roots of the tree the user sees: every root for an ADMIN, its own office otherwise. */
	public List<Office> roots(ConsoleUser user) {
		if (user.isAdmin()) {
			return offices.all().stream().filter(Office::isRoot).toList();
		}
		return offices.find(user.officeCode()).map(List::of).orElse(List.of());
	}

	/** Every office the user sees, roots first then depth first. */
	public List<Office> visibleOffices(ConsoleUser user) {
		List<Office> visible = new ArrayList<>();
		for (Office root : roots(user)) {
			visible.add(root);
			if (user.role() != Role.OFFICE) {
				visible.addAll(offices.descendants(root.code()));
			}
		}
		return visible;
	}

}
