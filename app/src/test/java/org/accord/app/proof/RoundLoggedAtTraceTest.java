package org.accord.app.proof;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import org.accord.app.slack.FakeSlackApi;
import org.accord.app.slack.SlackMembers;
import org.accord.app.slack.SlackRequests;
import org.accord.app.teams.FakeBotConnector;
import org.accord.app.teams.TeamsMembers;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole round run with every logger at TRACE, as an operator chasing a fault might set it, and the log read
 * as an attacker would read it: an install through Slack's OAuth flow, a board of three in Slack and one in
 * Teams (the emulator's mode), ratings with evidence and comments, a close, the consensus view, a consensus
 * round and its close. In the log there is no secret (the OAuth code and state, the client secret, the signing
 * secret, the issued bot token, the anonymity and encryption keys, the Teams app password, the embedded store's
 * secret), no word a member
 * wrote, no stored response or place (an id or a sealed value that a dump could be matched with), no request
 * body, and no line that names a member also names a rating.
 */
// logging.level.* is read when the environment is prepared, before @DynamicPropertySource applies: so here.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "logging.level.root=TRACE")
@ExtendWith(OutputCaptureExtension.class)
class RoundLoggedAtTraceTest {

	static final String TEAM = "T0TRACE";

	static final String CODE = "code-" + TEAM;

	static final String CLIENT_SECRET = "CLIENT-SECRET-9b1f0c2d7e6a5b4c";

	static final String SIGNING_SECRET = "SIGNING-SECRET-3c59dc048e8850243";

	static final String TEAMS_PASSWORD = "TEAMS-PASSWORD-a87ff679a2f3e71d";

	static final byte[] ANONYMITY_KEY = "ANONYMITY-KEY-TRACE-0123456789!!".getBytes(StandardCharsets.US_ASCII);

	static final byte[] ENCRYPTION_KEY = "ENCRYPTION-KEY-TRACE-012345678!!".getBytes(StandardCharsets.US_ASCII);

	static final String CHAIR = "U0CHAIRT";

	static final String ALEX = "U0ALEXT";

	static final String SAM = "U0SAMT";

	/** A Teams member in personal chat. */
	static final TeamsMembers.Member MEGAN = new TeamsMembers.Member("aad-megan-trace", "Megan Bowen", "a:chat-megan-trace");

	static final List<String> CATEGORIES = List.of("Gap identified", "Working towards", "Some success", "Doing well",
			"Don't know");

	/** What members wrote: recognisable anywhere it might surface, whole or in part. */
	static final Map<String, String[]> WRITTEN = Map.of(ALEX, new String[] { "Minutes-of-May-EVIDENCE-ALEX", "ALEX-COMMENT-quarterly" },
			MEGAN.aad(), new String[] { "Audit-report-EVIDENCE-MEGAN", "MEGAN-COMMENT-partners" });

	static final Duration WAIT = Duration.ofSeconds(10);

	static FakeSlackApi slack;

	static FakeBotConnector connector;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) throws IOException {
		slack = FakeSlackApi.withoutBotToken();
		connector = new FakeBotConnector();
		String dataDir = Files.createTempDirectory("accord-trace-it").toString();
		registry.add("accord.slack.bot-token", () -> "");
		registry.add("accord.slack.client-id", () -> "1111.3333");
		registry.add("accord.slack.client-secret", () -> CLIENT_SECRET);
		registry.add("accord.slack.signing-secret", () -> SIGNING_SECRET);
		registry.add("accord.slack.api-url", slack::url);
		registry.add("accord.anonymity-key", () -> Base64.getEncoder().encodeToString(ANONYMITY_KEY));
		registry.add("accord.encryption-key", () -> Base64.getEncoder().encodeToString(ENCRYPTION_KEY));
		registry.add("accord.data-dir", () -> dataDir);
		registry.add("accord.mongodb-uri", () -> "");
		registry.add("accord.teams.app-id", () -> "");
		registry.add("accord.teams.app-password", () -> TEAMS_PASSWORD);
		registry.add("accord.teams.emulator", () -> "on");
		registry.add("accord.nudge-sweep-seconds", () -> "0");
	}

	@AfterAll
	static void stop() {
		slack.close();
		connector.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	MongoClient mongo;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void givenARoundRunAtTrace_thenTheLogHoldsNoSecret_noWordAMemberWrote_andNoMemberBesideARating(CapturedOutput output)
			throws Exception {
		String state = install();
		String botToken = slack.issuedToken(TEAM);
		assertThat(botToken).isNotNull();

		SlackRequests requests = new SlackRequests(port, TEAM, SIGNING_SECRET);
		SlackMembers members = new SlackMembers(slack, requests);
		assertThat(SlackRequests.shown(requests.command(CHAIR, "board add <@" + ALEX + "> <@" + SAM + "> as member")))
			.contains("Added");
		TeamsMembers teams = new TeamsMembers(port, connector);
		long joined = teams.mark();
		teams.type(MEGAN, SlackRequests.shown(requests.command(CHAIR, "invite as member"))
			.replaceAll("(?s).*code \\*([A-Z0-9]{8})\\*.*", "join $1"));
		teams.next(MEGAN, joined);

		long begin = slack.mark();
		long beginTeams = teams.mark();
		assertThat(SlackRequests.shown(requests.command(CHAIR, "start cdrp-2002 due 2099-01-31 Traced run")))
			.contains("4 people have been sent");
		// 1.1 splits the board two against two; 1.2 is agreed. Alex and Megan give evidence and a comment on 1.1.
		Map<String, String> first = Map.of(CHAIR, "Working towards", ALEX, "Some success", SAM, "Working towards",
				MEGAN.aad(), "Some success");
		for (String user : List.of(CHAIR, ALEX, SAM)) {
			SlackMembers.Prompt prompt = members.promptFor(user, "1.1", begin);
			if (WRITTEN.containsKey(user)) {
				long opened = members.click(user, prompt, "Add evidence / comment");
				String context = slack.awaitAfter(opened, "views.open", c -> true, WAIT).json("view").path("private_metadata")
					.asText();
				assertThat(requests.submitForm(user, context, Map.of("evidence", WRITTEN.get(user)[0], "comment",
						WRITTEN.get(user)[1])).statusCode()).isEqualTo(200);
			}
			prompt = members.promptFor(user, "1.2", members.click(user, prompt, first.get(user)));
			members.promptFor(user, "1.3", members.click(user, prompt, "Doing well"));
		}
		FakeBotConnector.Call prompt = teams.card(MEGAN, "1.1 ", beginTeams);
		FakeBotConnector.Call form = teams.form(MEGAN, teams.press(MEGAN, prompt, "Add evidence / comment"));
		teams.next(MEGAN, teams.submit(MEGAN, form, Map.of("evidence", WRITTEN.get(MEGAN.aad())[0], "comment",
				WRITTEN.get(MEGAN.aad())[1])));
		long rated = teams.press(MEGAN, prompt, first.get(MEGAN.aad()));
		teams.press(MEGAN, teams.card(MEGAN, "1.2 ", rated), "Doing well");

		assertThat(SlackRequests.shown(requests.command(CHAIR, "close now"))).contains("Round 1 is closed");
		long viewed = slack.mark();
		assertThat(new SlackMembers(slack, requests).consensusView(CHAIR).words()).contains("Consensus view");
		slack.awaitAfter(viewed, "files.completeUploadExternal", c -> true, WAIT);

		long round2 = slack.mark();
		long round2Teams = teams.mark();
		assertThat(SlackRequests.shown(requests.command(CHAIR, "round 1.1"))).contains("Consensus round 2 is open");
		for (String user : List.of(CHAIR, ALEX, SAM)) {
			members.click(user, members.promptFor(user, "1.1", round2), "Working towards");
		}
		teams.next(MEGAN, teams.press(MEGAN, teams.card(MEGAN, "1.1 ", round2Teams), "Working towards"));
		assertThat(SlackRequests.shown(requests.command(CHAIR, "close now"))).contains("Round 2 is closed");
		// Deliveries after the acks are logged on other threads: let the last of them finish.
		Thread.sleep(500);

		String log = output.getAll();
		// The capture holds the whole run: start-up, and TRACE really was asked for (Accord says what it lets through).
		assertThat(log).contains("Started RoundLoggedAtTraceTest", "Slack installation saved for enterprise null team " + TEAM);

		// The embedded store's secret: the application name every connection of Accord's client opens with.
		String storeSecret = ((com.mongodb.client.internal.MongoClientImpl) mongo).getSettings().getApplicationName();
		assertThat(storeSecret).hasSizeGreaterThan(16);
		List<String> secrets = new ArrayList<>(List.of(CODE, state, CLIENT_SECRET, SIGNING_SECRET, TEAMS_PASSWORD, botToken,
				storeSecret));
		for (byte[] key : List.of(ANONYMITY_KEY, ENCRYPTION_KEY)) {
			secrets.addAll(List.of(Base64.getEncoder().encodeToString(key), Base64.getUrlEncoder().encodeToString(key),
					HexFormat.of().formatHex(key), new String(key, StandardCharsets.US_ASCII)));
		}
		for (String secret : secrets) {
			assertThat(log).as("the log").doesNotContain(secret);
			for (int i = 0; i + 12 <= secret.length(); i++) {
				assertThat(log).as("the log, for a piece of a secret").doesNotContain(secret.substring(i, i + 12));
			}
		}
		for (String[] words : WRITTEN.values()) {
			for (String written : words) {
				assertThat(log).as("the log, for what a member wrote").doesNotContain(written.substring(0, 12),
						written.substring(written.length() - 12));
			}
		}
		// Request bodies: a click carries its clicker beside the rating it gives (RATE|…).
		assertThat(log).as("the log").doesNotContain("RATE|", "RATE%7C", "block_actions", "view_submission", "accordForm", "\"accord\"");
		for (String stored : storedParticipation()) {
			assertThat(log).as("the log, for a stored response or place").doesNotContain(stored);
		}
		List<String> people = List.of(CHAIR, ALEX, SAM, MEGAN.aad(), MEGAN.conversation());
		String[] lines = log.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (people.stream().anyMatch(line::contains)) {
				// The line and the lines around it (the wire protocol logged the lookup, then the write, 10 ms later).
				for (int j = Math.max(0, i - 5); j < Math.min(lines.length, i + 6); j++) {
					for (String category : CATEGORIES) {
						assertThat(lines[j]).as("a line near one that names a member: " + line).doesNotContain(category);
					}
				}
			}
		}
	}

	/** Every _id and sealed value of responses and participation, as a dump would show them. */
	private List<String> storedParticipation() {
		List<String> stored = new ArrayList<>();
		for (String collection : List.of("responses", "participation")) {
			for (Document document : mongo.getDatabase("accord").getCollection(collection).find()) {
				document.values().forEach(value -> {
					if (value instanceof String text && text.length() >= 16) {
						stored.add(text);
					}
				});
			}
		}
		assertThat(stored).as("responses and places were stored").hasSizeGreaterThan(8);
		return stored;
	}

	/** Slack's OAuth flow, as a browser goes through it; returns the state it carried. */
	private String install() throws Exception {
		HttpResponse<String> page = get("/slack/install", null);
		String url = page.statusCode() == 302 ? page.headers().firstValue("Location").orElseThrow() : page.body().replace("&amp;", "&");
		Matcher state = Pattern.compile("[?&]state=([^&\"'\\s<>]+)").matcher(url);
		assertThat(state.find()).as(url).isTrue();
		String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("slack-app-oauth-state="))
			.map(c -> c.split(";")[0]).findFirst().orElseThrow();
		HttpResponse<String> done = get("/slack/oauth_redirect?code=" + URLEncoder.encode(CODE, StandardCharsets.UTF_8)
				+ "&state=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8), cookie);
		assertThat(done.statusCode()).as(done.body()).isIn(200, 302);
		return state.group(1);
	}

	private HttpResponse<String> get(String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
