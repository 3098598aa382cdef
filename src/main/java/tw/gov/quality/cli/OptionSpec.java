package tw.gov.quality.cli;

/**
 * One option of a command: {@code --name=value} of a kind, required or not, with what it means in
 * Chinese and the value the command's example uses.
 */
record OptionSpec(String name, OptionKind kind, boolean required, String meaning) {

	static OptionSpec required(String name, OptionKind kind, String meaning) {
		return new OptionSpec(name, kind, true, meaning);
	}

	static OptionSpec optional(String name, OptionKind kind, String meaning) {
		return new OptionSpec(name, kind, false, meaning);
	}

	/** {@code --year=年度}, {@code --serve} */
	String form() {
		return kind == OptionKind.FLAG ? "--" + name : "--" + name + "=" + kind.label();
	}

	/** {@code --year=107} */
	String example() {
		return kind == OptionKind.FLAG ? "--" + name : "--" + name + "=" + kind.example();
	}

}
