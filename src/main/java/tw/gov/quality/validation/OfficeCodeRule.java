package tw.gov.quality.validation;

import java.util.Optional;

import tw.gov.quality.progress.Field;

import static tw.gov.quality.progress.ProgressSheetLayout.OFFICE_CODE;

/** OFFICE_MISSING, OFFICE_MISMATCH: the header's 機關代碼 is the office whose folder the file is in. */
final class OfficeCodeRule implements SheetRule {

	@Override
	public Optional<Finding> check(SheetHeader header) {
		String folderOffice = header.folderOffice();
		Optional<Field> office = header.sheet().metadata(OFFICE_CODE).filter(field -> !field.isBlank());
		if (office.isEmpty()) {
			return Optional.of(new Finding(Rule.OFFICE_MISSING, header.metadataCell(OFFICE_CODE), null,
					"表頭找不到「機關代碼」", "請在表頭「機關代碼」右邊的儲存格填入貴機關代碼 " + folderOffice));
		}
		Field written = office.get();
		if (written.text().strip().equalsIgnoreCase(folderOffice)) {
			return Optional.empty();
		}
		return Optional.of(new Finding(Rule.OFFICE_MISMATCH, written.ref(), null,
				"表上的機關代碼是「" + written.text() + "」，但檔案放在 " + folderOffice + " 的資料夾",
				"請確認是否放錯資料夾或用錯範本；貴機關的代碼是 " + folderOffice));
	}

}
