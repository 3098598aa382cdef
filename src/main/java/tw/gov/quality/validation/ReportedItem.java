package tw.gov.quality.validation;

import java.math.BigDecimal;
import java.time.LocalDate;

import tw.gov.quality.progress.ItemStatus;

/** An item's progress as accepted from an office's sheet. */
public record ReportedItem(String itemCode, ItemStatus status, BigDecimal cumulative, LocalDate completedOn,
		String description, String remark) {
}
