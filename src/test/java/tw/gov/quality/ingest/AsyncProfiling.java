package tw.gov.quality.ingest;

/**
 * With {@code -Dbenchmark.asprof=FILE}, async-profiler's CPU samples of the timed run, as collapsed stacks.
 * JFR on JDK 17 samples Java threads every 10 ms at best and misses native and compiler time; async-profiler
 * is not a dependency: its jar must be on the boot class path, e.g.
 * {@code -Dbenchmark.jvmArgs=-Xbootclasspath/a:async-profiler-4.1-linux-x64.jar} (from Maven Central,
 * {@code tools.profiler:async-profiler:4.1:jar:linux-x64}).
 */
final class AsyncProfiling {

	private final Object profiler;

	private final String file;

	private AsyncProfiling(Object profiler, String file) {
		this.profiler = profiler;
		this.file = file;
	}

	static AsyncProfiling start() throws Exception {
		String file = System.getProperty("benchmark.asprof", "");
		if (file.isBlank()) {
			return new AsyncProfiling(null, null);
		}
		Object profiler = Class.forName("one.profiler.AsyncProfiler").getMethod("getInstance").invoke(null);
		execute(profiler, System.getProperty("benchmark.asprof.event", "start,event=cpu,interval=1ms,cstack=vm"));
		return new AsyncProfiling(profiler, file);
	}

	void stop() throws Exception {
		if (profiler != null) {
			execute(profiler, "stop,collapsed,file=" + file);
			System.out.println("benchmark: async-profiler samples written to " + file);
		}
	}

	private static void execute(Object profiler, String command) throws Exception {
		profiler.getClass().getMethod("execute", String.class).invoke(profiler, command);
	}

}
