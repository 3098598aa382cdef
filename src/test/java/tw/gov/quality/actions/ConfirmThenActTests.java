package tw.gov.quality.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.server.ResponseStatusException;

import tw.gov.quality.web.BadRequest;
import tw.gov.quality.web.Confirmation;
import tw.gov.quality.web.Conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The confirm-then-act flow alone: nothing is done before the administrator confirms. */
class ConfirmThenActTests {

	final ExtendedModelMap model = new ExtendedModelMap();

	final List<String> done = new ArrayList<>();

	final Function<ResponseStatusException, String> refused = ex -> "refused: " + ex.getReason();

	ConfirmThenAct action(Confirmation description) {
		return new ConfirmThenAct(() -> description, () -> {
			done.add("acted");
			return "redirect:/jobs";
		});
	}

	@Test
	void withoutConfirmationItShowsWhatWouldBeDoneAndDoesNothing() {
		Confirmation description = Confirmation.of("立即收件", "將立即讀取收件匣", "/actions/ingest", "/actions");
		for (String confirmed : new String[] { null, "", "false", "TRUE", "yes" }) {
			assertThat(ConfirmThenAct.handle(confirmed, model, refused, () -> action(description))).isEqualTo("confirm");
			assertThat(model.get("confirm")).isSameAs(description);
		}
		assertThat(done).isEmpty();
	}

	@Test
	void confirmedItActsOnceAndGoesWhereTheActSays() {
		String view = ConfirmThenAct.handle("true", model, refused,
				() -> action(Confirmation.of("立即收件", "", "/actions/ingest", "/actions")));
		assertThat(view).isEqualTo("redirect:/jobs");
		assertThat(done).containsExactly("acted");
		assertThat(model.containsAttribute("confirm")).isFalse();
	}

	@Test
	void aRefusalWhileReadingDescribingOrActingBecomesThePageOfTheRefusal() {
		assertThat(ConfirmThenAct.handle(null, model, refused, () -> {
			throw new BadRequest("請指定季別");
		})).isEqualTo("refused: 請指定季別");
		assertThat(ConfirmThenAct.handle(null, model, refused, () -> new ConfirmThenAct(() -> {
			throw new BadRequest("查無機關代碼 X");
		}, () -> "redirect:/jobs"))).isEqualTo("refused: 查無機關代碼 X");
		assertThat(ConfirmThenAct.handle("true", model, refused, () -> new ConfirmThenAct(() -> null, () -> {
			throw new Conflict("可能仍在執行");
		}))).isEqualTo("refused: 可能仍在執行");
		assertThat(model.containsAttribute("confirm")).isFalse();
	}

	@Test
	void otherFailuresAreNotTakenForRefusals() {
		assertThatThrownBy(() -> ConfirmThenAct.handle("true", model, refused, () -> new ConfirmThenAct(() -> null, () -> {
			throw new IllegalStateException("無法將存檔原件放回收件匣");
		}))).isInstanceOf(IllegalStateException.class);
	}

}
