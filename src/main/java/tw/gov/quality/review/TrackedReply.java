package tw.gov.quality.review;

import java.time.LocalDate;

/** An office's 辦理情形 on one tracked item, as read from the sheet 審查意見辦理情形 of its progress sheet. */
public record TrackedReply(long trackedItemId, String reply, LocalDate repliedOn) {
}
