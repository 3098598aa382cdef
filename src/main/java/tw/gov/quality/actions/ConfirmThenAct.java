package tw.gov.quality.actions;

import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

import tw.gov.quality.web.Confirmation;

/**
 * The console's way of doing an action: it is posted twice. Without {@code confirmed=true} the
 * {@code confirm} page shows what would be done, with the same fields to post again, and nothing is
 * done; with it, the act runs and names the page to go to. A refusal (400, 404, 409) while reading the
 * request, describing or acting becomes the page {@code onRefusal} names.
 *
 * @param description what the action would do, for the confirmation page
 * @param act does it and names the page to go to
 */
record ConfirmThenAct(Supplier<Confirmation> description, Supplier<String> act) {

	static final String CONFIRM_VIEW = "confirm";

	/**
	 * @param confirmed the request's {@code confirmed} field
	 * @param request reads the request's fields (and may refuse them) into the action's two steps
	 */
	static String handle(String confirmed, Model model, Function<ResponseStatusException, String> onRefusal,
			Supplier<ConfirmThenAct> request) {
		try {
			ConfirmThenAct steps = request.get();
			if (!Confirmation.confirmed(confirmed)) {
				model.addAttribute("confirm", steps.description().get());
				return CONFIRM_VIEW;
			}
			return steps.act().get();
		}
		catch (ResponseStatusException ex) {
			return onRefusal.apply(ex);
		}
	}

}
