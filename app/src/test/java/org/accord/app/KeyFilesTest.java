package org.accord.app;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a bad key says: the variable, what is wrong, what to do; never the key. */
class KeyFilesTest {

	@TempDir
	Path dir;

	@Test
	void givenAShortKey_thenAStartupProblemNamingTheVariable() {
		assertThatThrownBy(() -> KeyFiles.configuredOrCreated("not-32-bytes", dir, "encryption.key"))
			.isInstanceOfSatisfying(StartupProblem.class, problem -> {
				assertThat(problem.problem()).isEqualTo("ACCORD_ENCRYPTION_KEY is shorter than 32 bytes.");
				assertThat(problem.action()).contains("openssl rand -base64 32");
				assertThat(problem.toString()).doesNotContain("not-32-bytes");
				assertThat(problem.getStackTrace()).isEmpty();
			});
	}

	@Test
	void givenAKeyFileThatCannotBeRead_thenAStartupProblemNamingTheFileAndTheVariable() throws Exception {
		Files.createDirectories(dir.resolve("anonymity.key"));
		assertThatThrownBy(() -> KeyFiles.configuredOrCreated("", dir, "anonymity.key"))
			.isInstanceOfSatisfying(StartupProblem.class, problem -> {
				assertThat(problem.problem()).startsWith("Cannot read or create the key file "
						+ dir.resolve("anonymity.key").toAbsolutePath() + " (ACCORD_ANONYMITY_KEY is unset)");
				assertThat(problem.action()).endsWith("or set ACCORD_ANONYMITY_KEY.");
			});
	}

	@Test
	void givenAKeyFileTooShort_thenAStartupProblemSayingSo() throws Exception {
		Files.writeString(dir.resolve("anonymity.key"), "c2hvcnQ=");
		assertThatThrownBy(() -> KeyFiles.configuredOrCreated(null, dir, "anonymity.key"))
			.isInstanceOfSatisfying(StartupProblem.class,
					problem -> assertThat(problem.problem()).contains("holds fewer than 32 bytes (ACCORD_ANONYMITY_KEY is unset)"));
	}

	@Test
	void givenNothing_thenAKeyIsCreatedAndReused() {
		byte[] first = KeyFiles.configuredOrCreated(null, dir, "anonymity.key");
		assertThat(first).hasSize(32);
		assertThat(KeyFiles.configuredOrCreated(null, dir, "anonymity.key")).isEqualTo(first);
	}

}
