package tw.gov.quality.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.RocDates;

/** ROC dates for the pages: {@code ${@roc.dateTime(x)}}; an empty value is shown as a dash. */
@Component("roc")
public class RocFormat {

	public String dateTime(LocalDateTime time) {
		return time == null ? "—" : RocDates.dateTime(time);
	}

	public String date(LocalDate date) {
		return date == null ? "—" : RocDates.date(date);
	}

	/** 1 小時 2 分 3 秒 */
	public String duration(Duration duration) {
		if (duration == null) {
			return "—";
		}
		long seconds = duration.getSeconds();
		if (seconds < 60) {
			return seconds + " 秒";
		}
		if (seconds < 3600) {
			return (seconds / 60) + " 分 " + (seconds % 60) + " 秒";
		}
		return (seconds / 3600) + " 小時 " + (seconds % 3600 / 60) + " 分";
	}

	/** 66.7% */
	public String percent(Double rate) {
		return rate == null ? "—" : String.format("%.1f%%", rate * 100);
	}

}
