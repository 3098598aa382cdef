package tw.gov.quality.security;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/** A sign-in refused, without checking the password, because its account or address is locked. */
class LoginLocked extends LockedException {

	private final Duration retryAfter;

	LoginLocked(Duration retryAfter) {
		super("登入失敗次數過多，帳號或來源位址已暫時鎖定；請於 " + minutes(retryAfter) + " 分鐘後再試，或請系統管理者解除鎖定");
		this.retryAfter = retryAfter;
	}

	Duration retryAfter() {
		return retryAfter;
	}

	static long minutes(Duration duration) {
		return Math.max(1, (duration.toSeconds() + 59) / 60);
	}

}
