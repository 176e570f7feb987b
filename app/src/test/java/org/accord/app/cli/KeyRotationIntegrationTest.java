package org.accord.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.slack.api.bolt.model.builtin.DefaultInstaller;
import org.accord.app.AccordApplication;
import org.accord.app.slack.FakeSlackApi;
import org.accord.app.slack.SlackRequests;
import org.accord.app.store.OfflineStore;
import org.accord.core.port.out.InstallationPort;
import org.accord.core.service.Sealer;
import org.accord.slack.MongoInstallationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rotating ACCORD_ENCRYPTION_KEY from A to B: installations sealed under A (one of them as Accord sealed values
 * before key ids) are still served once B is the key and A the previous one; {@code keys reseal} refuses to
 * run while that server holds the embedded store, then, with the server stopped, seals every record under B;
 * after that B alone serves them.
 */
class KeyRotationIntegrationTest {

	static final String TEAM = "T0ROT";

	static final String BOT_TOKEN = "xoxb-T0ROT-1-fakeSecretPart";

	@TempDir
	Path dataDir;

	FakeSlackApi slack;

	final String keyA = randomKey();

	final String keyB = randomKey();

	@BeforeEach
	void setUp() throws Exception {
		slack = FakeSlackApi.withoutBotToken();
		slack.accept(BOT_TOKEN);
	}

	@AfterEach
	void tearDown() {
		slack.close();
	}

	@Test
	void givenInstallationsSealedUnderA_whenBIsTheKeyAndAThePrevious_thenServed_andAfterResealOnlyBIsNeeded() throws Exception {
		sealUnderA();

		try (ConfigurableApplicationContext rotating = start(keyB, keyA)) {
			assertServed(rotating);
			Ran whileRunning = reseal(keyB, keyA);
			assertThat(whileRunning.code()).isEqualTo(1);
			assertThat(whileRunning.err()).contains("is in use by a running Accord", "stop it");
		}

		Ran resealed = reseal(keyB, keyA);
		assertThat(resealed.code()).as(resealed.err()).isZero();
		assertThat(resealed.out()).startsWith("Re-sealed 3 of 3 installation records in the embedded store ")
			.contains("under key " + new Sealer(decode(keyB)).keyId());
		try (OfflineStore store = OfflineStore.open("", dataDir)) {
			Sealer onlyB = new Sealer(decode(keyB));
			List<InstallationPort.Sealed> records = store.store().installations().findAll();
			assertThat(records).hasSize(3).allSatisfy(r -> {
				assertThat(onlyB.isCurrent(r.sealed())).as(r.id()).isTrue();
				assertThat(onlyB.open(r.sealed(), r.id())).contains(BOT_TOKEN);
			});
		}

		try (ConfigurableApplicationContext afterwards = start(keyB, null)) {
			assertServed(afterwards);
		}
		Ran again = reseal(keyB, null);
		assertThat(again.code()).isZero();
		assertThat(again.out()).startsWith("Re-sealed 0 of 3 installation records");
	}

	/** As Accord stored an install under key A; the bot record as it was sealed before key ids existed. */
	private void sealUnderA() throws Exception {
		try (OfflineStore store = OfflineStore.open("", dataDir)) {
			InstallationPort port = store.store().installations();
			Sealer sealerA = new Sealer(decode(keyA));
			DefaultInstaller installer = new DefaultInstaller();
			installer.setAppId("A0APP");
			installer.setTeamId(TEAM);
			installer.setTeamName("Workspace " + TEAM);
			installer.setInstallerUserId("U0INSTALLER");
			installer.setBotAccessToken(BOT_TOKEN);
			installer.setBotUserId("U0BOT");
			installer.setBotScope("commands,chat:write,im:history");
			installer.setTokenType("bot");
			installer.setInstalledAt(Instant.now().toEpochMilli());
			new MongoInstallationService(port, sealerA).saveInstallerAndBot(installer);
			InstallationPort.Sealed bot = port.findAll().stream().filter(r -> r.id().startsWith("bot|")).findFirst().orElseThrow();
			String withoutKeyId = bot.sealed().substring(bot.sealed().indexOf(':') + 1);
			assertThat(port.replaceSealed(bot.id(), bot.sealed(), withoutKeyId)).isTrue();
			assertThat(sealerA.open(withoutKeyId, bot.id())).contains(BOT_TOKEN);
		}
	}

	/** A slash command from the workspace is answered: Bolt found its installation and opened it. */
	private void assertServed(ConfigurableApplicationContext context) {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		long mark = slack.mark();
		HttpResponse<String> help = new SlackRequests(port, TEAM).command("U0CHAIR", "help");
		assertThat(help.statusCode()).isEqualTo(200);
		assertThat(SlackRequests.shown(help)).contains("/assess");
		assertThat(slack.calls()).filteredOn(c -> c.seq() > mark).extracting(FakeSlackApi.Call::token).contains(BOT_TOKEN);
	}

	private ConfigurableApplicationContext start(String key, String previous) {
		// Command-line arguments, because they outrank application.yml.
		return new SpringApplicationBuilder(AccordApplication.class).run("--server.port=0", "--accord.data-dir=" + dataDir,
				"--accord.mongodb-uri=", "--accord.slack.bot-token=", "--accord.slack.client-id=1111.2222",
				"--accord.slack.client-secret=client-secret-for-tests",
				"--accord.slack.signing-secret=" + SlackRequests.SIGNING_SECRET, "--accord.slack.api-url=" + slack.url(),
				"--accord.encryption-key=" + key, "--accord.encryption-key-previous=" + (previous == null ? "" : previous));
	}

	record Ran(int code, String out, String err) {
	}

	private Ran reseal(String key, String previous) {
		Map<String, String> environment = new HashMap<>();
		environment.put("ACCORD_DATA_DIR", dataDir.toString());
		environment.put("ACCORD_ENCRYPTION_KEY", key);
		if (previous != null) {
			environment.put("ACCORD_ENCRYPTION_KEY_PREVIOUS", previous);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = AccordCommandLine.run(new String[] { "keys", "reseal" }, environment,
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Ran(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static String randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	private static byte[] decode(String key) {
		return Base64.getDecoder().decode(key);
	}

}
