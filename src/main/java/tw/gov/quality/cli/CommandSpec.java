package tw.gov.quality.cli;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a command accepts and says about itself: its options (used both by the help and by the check
 * made before anything starts), what it does, and one example as a user would type it.
 */
record CommandSpec(String name, String summary, List<OptionSpec> options, String operand, String exampleArguments) {

	static CommandSpec of(String name, String summary, String exampleArguments, OptionSpec... options) {
		return new CommandSpec(name, summary, List.of(options), "", exampleArguments);
	}

	static final String PROGRAM = "java -jar quality-progress.jar";

	Optional<OptionSpec> option(String optionName) {
		return options.stream().filter(option -> option.name().equals(optionName)).findFirst();
	}

	/** {@code templates --year=年度 --quarter=季別 [--office=機關代碼]} */
	String synopsis() {
		return (name + " " + operand + " " + options.stream()
			.map(option -> option.required() ? option.form() : "[" + option.form() + "]")
			.collect(Collectors.joining(" "))).replaceAll("\\s+", " ").strip();
	}

	/** {@code java -jar quality-progress.jar templates --year=107 --quarter=2} */
	String example() {
		return (PROGRAM + " " + name + " " + exampleArguments).strip();
	}

	/** One command's full help. */
	String help() {
		StringBuilder text = new StringBuilder();
		text.append(name).append("：").append(summary).append('\n');
		text.append("用法：").append(PROGRAM).append(' ').append(synopsis()).append('\n');
		if (!options.isEmpty()) {
			text.append("選項：\n");
			int width = options.stream().mapToInt(option -> displayWidth(option.form())).max().orElse(0);
			for (OptionSpec option : options) {
				text.append("  ").append(option.form()).append(" ".repeat(width - displayWidth(option.form()) + 2));
				text.append(option.required() ? "（必填）" : "").append(option.meaning()).append('\n');
			}
		}
		text.append("例：").append(example()).append('\n');
		return text.toString();
	}

	/** Columns on a terminal: a Chinese character takes two. */
	static int displayWidth(String text) {
		return text.codePoints().map(c -> c < 0x1100 ? 1 : 2).sum();
	}

}
