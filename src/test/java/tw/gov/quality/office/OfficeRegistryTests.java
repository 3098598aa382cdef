package tw.gov.quality.office;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class OfficeRegistryTests {

	private static Office office(String code, String parent) {
		return new Office(code, code + " 名稱", parent, Office.Contact.NONE);
	}

	private final OfficeRegistry registry = new OfficeRegistry(List.of(office("MOJ", null), office("MOJ-AEA", "MOJ"),
			office("AEA-TPE", "MOJ-AEA"), office("AEA-TXG", "MOJ-AEA"), office("TYC", null), office("TYC-XW", "TYC")));

	@Test
	void leavesReportAndParentsSupervise() {
		assertThat(registry.reportingOffices()).extracting(Office::code).containsExactly("AEA-TPE", "AEA-TXG", "TYC-XW");
		assertThat(registry.isSupervisor("MOJ-AEA")).isTrue();
		assertThat(registry.isSupervisor("AEA-TPE")).isFalse();
	}

	@Test
	void ancestorsRunFromParentToRoot() {
		assertThat(registry.ancestors("AEA-TXG")).extracting(Office::code).containsExactly("MOJ-AEA", "MOJ");
		assertThat(registry.ancestors("MOJ")).isEmpty();
		assertThat(registry.descendants("MOJ")).extracting(Office::code).containsExactly("MOJ-AEA", "AEA-TPE", "AEA-TXG");
	}

	@Test
	void anUnknownParentIsAConfigurationError() {
		assertThatIllegalStateException().isThrownBy(() -> new OfficeRegistry(List.of(office("A", "NOPE"))))
			.withMessageContaining("上級機關代碼 NOPE 不存在");
	}

	@Test
	void aCycleIsAConfigurationError() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new OfficeRegistry(List.of(office("A", "B"), office("B", "A"))))
			.withMessageContaining("循環");
	}

	@Test
	void codesMustBeSafeFolderNames() {
		assertThatIllegalStateException().isThrownBy(() -> new OfficeRegistry(List.of(office("../etc", null))))
			.withMessageContaining("格式不正確");
		assertThatIllegalStateException().isThrownBy(() -> new OfficeRegistry(List.of(office("aea-tpe", null))))
			.withMessageContaining("格式不正確");
	}

	@Test
	void duplicateCodesAreRefused() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new OfficeRegistry(List.of(office("A", null), office("A", null))))
			.withMessageContaining("重複");
	}

}
