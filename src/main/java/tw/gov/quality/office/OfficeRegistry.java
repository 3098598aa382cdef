package tw.gov.quality.office;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The configured office tree. Codes double as inbox folder names, so they are restricted to
 * characters that are safe in a path on every system.
 */
@Component
public class OfficeRegistry {

	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,39}");

	private final Map<String, Office> offices = new LinkedHashMap<>();

	/** Each office's children in registry order: the tree is walked per office by reports of thousands. */
	private final Map<String, List<Office>> children = new HashMap<>();

	@Autowired
	OfficeRegistry(OfficeProperties properties) {
		this(properties.offices()
			.stream()
			.map(entry -> new Office(entry.code(), entry.name(), entry.parent(),
					new Office.Contact(entry.contactPerson(), entry.phone(), entry.email())))
			.toList());
	}

	public OfficeRegistry(List<Office> offices) {
		for (Office office : offices) {
			if (office.code() == null || !CODE.matcher(office.code()).matches()) {
				throw new IllegalStateException("機關代碼「" + office.code() + "」格式不正確：只能使用大寫英文字母、數字與連字號");
			}
			if (office.name() == null || office.name().isBlank()) {
				throw new IllegalStateException("機關代碼 " + office.code() + " 未設定機關名稱");
			}
			if (this.offices.putIfAbsent(office.code(), office) != null) {
				throw new IllegalStateException("機關代碼 " + office.code() + " 重複設定");
			}
		}
		for (Office office : offices) {
			if (!office.isRoot() && !this.offices.containsKey(office.parentCode())) {
				throw new IllegalStateException(
						"機關 " + office.code() + " 的上級機關代碼 " + office.parentCode() + " 不存在");
			}
			ancestors(office.code());
		}
		for (Office office : this.offices.values()) {
			if (!office.isRoot()) {
				children.computeIfAbsent(office.parentCode(), code -> new ArrayList<>()).add(office);
			}
		}
		children.replaceAll((code, list) -> List.copyOf(list));
	}

	public Optional<Office> find(String code) {
		return Optional.ofNullable(code).map(offices::get);
	}

	public Office get(String code) {
		return find(code).orElseThrow(() -> new IllegalArgumentException("查無機關代碼 " + code));
	}

	public List<Office> all() {
		return List.copyOf(offices.values());
	}

	public List<Office> children(String code) {
		return children.getOrDefault(code, List.of());
	}

	public boolean isSupervisor(String code) {
		return !children(code).isEmpty();
	}

	/** Offices that report progress: the leaves of the tree. */
	public List<Office> reportingOffices() {
		return offices.values().stream().filter(office -> !isSupervisor(office.code())).toList();
	}

	/** Parent first, up to the root. */
	public List<Office> ancestors(String code) {
		List<Office> ancestors = new ArrayList<>();
		Office current = get(code);
		while (!current.isRoot()) {
			current = get(current.parentCode());
			if (current.code().equals(code) || ancestors.contains(current)) {
				throw new IllegalStateException("機關 " + code + " 的上級機關設定形成循環");
			}
			ancestors.add(current);
		}
		return Collections.unmodifiableList(ancestors);
	}

	/** Every office beneath the given one, depth first. */
	public List<Office> descendants(String code) {
		List<Office> result = new ArrayList<>();
		for (Office child : children(code)) {
			result.add(child);
			result.addAll(descendants(child.code()));
		}
		return result;
	}

}
