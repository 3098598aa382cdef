package tw.gov.quality.review;

import java.time.LocalDateTime;
import java.util.Set;

import org.springframework.stereotype.Component;

/** 列管事項: opinions the office must act on, open until a later review closes them. */
@Component
class TrackedItems {

	/** The ids of the office's open tracked items. */
	Set<Long> openIds(String officeCode) {
		return Set.of();
	}

	/** Opens the form's tracked opinions and applies its decisions. */
	void record(long formId, ReviewForm form, LocalDateTime now) {
	}

	/** Undoes what a superseded form did. */
	void withdraw(long formId, LocalDateTime now) {
	}

}
