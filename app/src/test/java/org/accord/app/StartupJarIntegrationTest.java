package org.accord.app;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import org.accord.app.slack.SlackRequests;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bad setting at start, through the real jar as an operator runs it ({@code java -jar target/accord.jar},
 * built by the package phase; failsafe runs this in integration-test): exactly one plain line on stderr that
 * names the variable and says what to do, no stack trace anywhere in what the process printed, and exit
 * status 1.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class StartupJarIntegrationTest {

	static final String BASE64_KEY = "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=";

	@TempDir
	Path dir;

	/** One bad setting: the environment Accord starts with (given the data folder) and what its one line must say. */
	record Case(Function<Path, Map<String, String>> environment, List<String> saying) {
	}

	static Stream<Named<Case>> badSettings() {
		return Stream.of(
				Named.of("ACCORD_ANONYMITY_KEY too short", new Case(data -> Map.of("ACCORD_ANONYMITY_KEY", "short-key"),
						List.of("ACCORD_ANONYMITY_KEY is shorter than 32 bytes.", "openssl rand -base64 32"))),
				// The encryption key is read only when Accord is installed to many workspaces.
				Named.of("ACCORD_ENCRYPTION_KEY too short", new Case(data -> Map.of("ACCORD_ANONYMITY_KEY", BASE64_KEY,
						"ACCORD_ENCRYPTION_KEY", "short-key", "SLACK_CLIENT_ID", "1.2", "SLACK_CLIENT_SECRET",
						"client-secret", "SLACK_SIGNING_SECRET", SlackRequests.SIGNING_SECRET, "SLACK_API_URL",
						"http://127.0.0.1:9/api/"),
						List.of("ACCORD_ENCRYPTION_KEY is shorter than 32 bytes.", "openssl rand -base64 32"))),
				Named.of("MONGODB_URI malformed", new Case(data -> Map.of("ACCORD_ANONYMITY_KEY", BASE64_KEY, "MONGODB_URI",
						"db.example.org:27017/accord"),
						List.of("MONGODB_URI is not a MongoDB connection string", "unset it to use the embedded store"))),
				Named.of("MONGODB_URI malformed, with a password", new Case(data -> Map.of("ACCORD_ANONYMITY_KEY",
						BASE64_KEY, "MONGODB_URI", "mongodb://accord:pa55@word@db.example.org/accord"),
						List.of("MONGODB_URI is not a MongoDB connection string"))),
				Named.of("ACCORD_TEAMS_EMULATOR neither on nor off", new Case(data -> Map.of("ACCORD_ANONYMITY_KEY",
						BASE64_KEY, "ACCORD_TEAMS_EMULATOR", "maybe"),
						List.of("ACCORD_TEAMS_EMULATOR is \"maybe\".", "Set it to on"))),
				Named.of("key file unreadable", new Case(data -> {
					try {
						// A folder where the key file should be: unreadable as a file even to root, who reads any file.
						Files.createDirectories(data.resolve("anonymity.key"));
					}
					catch (IOException e) {
						throw new IllegalStateException(e);
					}
					return Map.of();
				}, List.of("Cannot read or create the key file ", "anonymity.key (ACCORD_ANONYMITY_KEY is unset)",
						"or set ACCORD_ANONYMITY_KEY."))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badSettings")
	void givenABadSetting_thenOnePlainLineOnStderrAndExitStatus1(Case bad) throws Exception {
		Path data = dir.resolve("data");
		Files.createDirectories(data);
		Map<String, String> environment = new java.util.HashMap<>(bad.environment().apply(data));
		environment.put("PORT", "0");

		Exit exit = run(data, environment);

		assertThat(exit.status()).as(exit.toString()).isEqualTo(1);
		assertThat(exit.stderrLines()).as(exit.toString()).singleElement().satisfies(line -> {
			assertThat(line).startsWith("Accord did not start: ").contains(bad.saying());
			assertThat(line).doesNotContain("short-key", "pa55", "Exception:", "\tat ");
		});
		assertThat(exit.stdout()).as("no stack trace in the log").doesNotContain("\tat ", "APPLICATION FAILED TO START")
			.doesNotContain("pa55");
	}

	@org.junit.jupiter.api.Test
	void givenThePortInUse_thenOnePlainLineNamingPortAndExitStatus1() throws Exception {
		Path data = dir.resolve("data");
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Exit exit = run(data, Map.of("PORT", Integer.toString(taken.getLocalPort()), "SERVER_ADDRESS", "127.0.0.1",
					"ACCORD_ANONYMITY_KEY", BASE64_KEY));

			assertThat(exit.status()).as(exit.toString()).isEqualTo(1);
			assertThat(exit.stderrLines()).as(exit.toString()).containsExactly("Accord did not start: PORT "
					+ taken.getLocalPort() + " is already in use: another program (or another Accord) listens on it."
					+ " Stop that program, or set PORT to a free port.");
			assertThat(exit.stdout()).doesNotContain("\tat ", "APPLICATION FAILED TO START");
		}
	}

	/**
	 * Not a malformed setting but a store that is not there: the same one line. (The MongoDB driver's own
	 * monitor writes its connection failures, with their stack traces, to the log at INFO; that is the
	 * logging configuration's to quieten, so only stderr is held to one line here.)
	 */
	@org.junit.jupiter.api.Test
	void givenNoMongoDbAtTheUri_thenOnePlainLineAndExitStatus1() throws Exception {
		int closed;
		try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closed = free.getLocalPort();
		}
		Exit exit = run(dir.resolve("data"), Map.of("PORT", "0", "ACCORD_ANONYMITY_KEY", BASE64_KEY, "MONGODB_URI",
				"mongodb://127.0.0.1:" + closed + "/accord"));

		assertThat(exit.status()).as(exit.toString()).isEqualTo(1);
		assertThat(exit.stderrLines()).as(exit.toString()).containsExactly("Accord did not start: No MongoDB answered at"
				+ " 127.0.0.1:" + closed + " (MONGODB_URI). Start it, or make it reachable from here, or correct MONGODB_URI.");
	}

	record Exit(int status, String stdout, String stderr) {

		List<String> stderrLines() {
			return stderr.lines().toList();
		}

		@Override
		public String toString() {
			return "exit " + status + "\n--- stderr:\n" + stderr + "\n--- stdout (end):\n"
					+ stdout.substring(Math.max(0, stdout.length() - 4000));
		}

	}

	/** The jar as its own process, in a clean environment: only the settings of the case, and the data folder. */
	private Exit run(Path data, Map<String, String> settings) throws Exception {
		Path jar = Path.of(System.getProperty("accord.jar", "target/accord.jar"));
		assertThat(jar).as("the jar the package phase builds").isRegularFile();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toAbsolutePath().toString());
		builder.environment().clear();
		builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
		builder.environment().put("ACCORD_DATA_DIR", data.toString());
		builder.environment().putAll(settings);
		builder.directory(dir.toFile());
		Path out = dir.resolve("stdout.log");
		Path err = dir.resolve("stderr.log");
		builder.redirectOutput(out.toFile()).redirectError(err.toFile());
		Process process = builder.start();
		try {
			assertThat(process.waitFor(75, TimeUnit.SECONDS)).as("Accord stopped by itself").isTrue();
		}
		finally {
			process.destroyForcibly();
		}
		return new Exit(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

}
