package tw.gov.quality.actions;

import java.util.List;

import org.springframework.stereotype.Component;

import tw.gov.quality.audit.AuditAction;
import tw.gov.quality.security.ConsoleUser;
import tw.gov.quality.security.LoginProperties;
import tw.gov.quality.security.LoginThrottle;
import tw.gov.quality.web.BadRequest;
import tw.gov.quality.web.Confirmation;
import tw.gov.quality.web.NotFound;

import static tw.gov.quality.actions.ActionAudit.parameters;

/** Lifts the sign-in lock of a user name or a client address at once. */
@Component
class UnlockAction {

	private final LoginThrottle throttle;

	private final ActionAudit audit;

	UnlockAction(LoginThrottle throttle, ActionAudit audit) {
		this.throttle = throttle;
		this.audit = audit;
	}

	/** The sign-in locks in force now. */
	List<LoginThrottle.Lock> locks() {
		return throttle.locks();
	}

	LoginProperties rules() {
		return throttle.properties();
	}

	static Confirmation describe(LoginThrottle.Kind kind, String key) {
		return Confirmation
			.of("解除登入鎖定", "解除後可立即再嘗試登入；若是他人冒用，失敗次數達上限會再次鎖定。", "/actions/unlock", "/actions")
			.fact(kind.label(), key)
			.field("kind", kind.name())
			.field("key", key);
	}

	ActionResult run(ConsoleUser user, LoginThrottle.Kind kind, String key) {
		lockKind(kind.name(), key);
		if (!throttle.unlock(kind, key.strip())) {
			throw new NotFound("目前沒有鎖定" + kind.label() + "「" + key + "」");
		}
		return audit.succeeded(user, AuditAction.UNLOCK, parameters("kind", kind.name(), "key", key.strip()),
				"已解除" + kind.label() + "「" + key.strip() + "」的登入鎖定", null);
	}

	/** The kind of lock asked for, after checking the key: 400 when either is missing or wrong. */
	static LoginThrottle.Kind lockKind(String kind, String key) {
		LoginThrottle.Kind parsed;
		try {
			parsed = LoginThrottle.Kind.valueOf(kind == null ? "" : kind.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequest("請指定要解除的是帳號（ACCOUNT）或來源位址（ADDRESS）");
		}
		if (key == null || key.isBlank() || key.strip().length() > 100) {
			throw new BadRequest("請指定要解除鎖定的帳號或來源位址（最多 100 字）");
		}
		return parsed;
	}

}
