package tw.gov.quality.validation;

import java.util.Optional;

import static tw.gov.quality.progress.ProgressSheetLayout.IDENTITY_SHEET;
import static tw.gov.quality.progress.ProgressSheetLayout.ID_OFFICE_CODE;

/** IDENTITY_MISMATCH: a template generated for one office is not used to report for another. */
final class TemplateOfficeRule implements SheetRule {

	@Override
	public Optional<Finding> check(SheetHeader header) {
		String folderOffice = header.folderOffice();
		return header.sheet()
			.identity(ID_OFFICE_CODE)
			.filter(code -> !code.equalsIgnoreCase(folderOffice))
			.map(code -> new Finding(Rule.IDENTITY_MISMATCH, IDENTITY_SHEET + "!B1", null,
					"這份範本是系統產生給 " + code + " 的，不能用來回報 " + folderOffice,
					"請下載並使用貴機關（" + folderOffice + "）自己的範本"));
	}

}
