package org.accord.app.slack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.accord.core.card.Card;
import org.accord.core.card.Outcome;
import org.accord.core.domain.PlatformUser;
import org.accord.slack.MongoInstallationService;
import org.accord.slack.SlackNudgeDelivery;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accord installed to many workspaces through Slack's OAuth flow, with no bot token of its own: the install
 * page and Bolt's state check, the token exchange against the fake Web API, installations sealed in the store,
 * each workspace served (and nudged) with its own token, and an uninstall that shuts one workspace out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlackOAuthIntegrationTest {

	static final String CLIENT_ID = "1111.2222";

	static final Duration WAIT = Duration.ofSeconds(10);

	static final Pattern STATE = Pattern.compile("[?&]state=([^&\"'\\s<>]+)");

	static FakeSlackApi slack;

	@DynamicPropertySource
	static void slack(DynamicPropertyRegistry registry) throws IOException {
		slack = FakeSlackApi.withoutBotToken();
		String dataDir;
		try {
			dataDir = Files.createTempDirectory("accord-oauth-it").toString();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		registry.add("accord.slack.bot-token", () -> "");
		registry.add("accord.slack.client-id", () -> CLIENT_ID);
		registry.add("accord.slack.client-secret", () -> "client-secret-for-tests");
		registry.add("accord.slack.signing-secret", () -> SlackRequests.SIGNING_SECRET);
		registry.add("accord.slack.api-url", slack::url);
		registry.add("accord.data-dir", () -> dataDir);
		registry.add("accord.mongodb-uri", () -> "");
	}

	@AfterAll
	static void stop() {
		slack.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	MongoClient mongo;

	@Autowired
	SlackNudgeDelivery nudges;

	@Autowired
	MongoInstallationService installations;

	MongoDatabase db;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER).build();

	/** The start of an install: the state in Slack's authorize URL, and the browser cookie that holds it. */
	record Started(String authorizeUrl, String state, String cookie) {
	}

	@BeforeEach
	void setUp() {
		db = mongo.getDatabase("accord");
	}

	@Test
	void installPage_sendsTheInstallerToSlackWithAFreshStateInACookieAndTheStore() {
		Started started = startInstall();
		assertThat(started.authorizeUrl()).startsWith("https://slack.com/oauth/v2/authorize")
			.contains("client_id=" + CLIENT_ID)
			.containsAnyOf("scope=commands,chat:write,im:history", "scope=commands%2Cchat%3Awrite%2Cim%3Ahistory");
		assertThat(started.cookie()).isEqualTo("slack-app-oauth-state=" + started.state());
		assertThat(db.getCollection("oauth_states").countDocuments(new Document("_id", started.state()))).isEqualTo(1);
	}

	@Test
	void givenTheRightState_thenInstalledSealed_andTheStateServesOnce() {
		Started started = startInstall();
		HttpResponse<String> done = redirect("code-T0SEAL", started.state(), started.cookie());
		assertThat(done.statusCode()).as(done.body()).isIn(200, 302);
		String token = slack.issuedToken("T0SEAL");
		assertThat(token).isNotNull();

		List<Document> stored = db.getCollection("installations").find(new Document("workspace", "|T0SEAL"))
			.into(new ArrayList<>());
		assertThat(stored).extracting(d -> d.getString("_id"))
			.contains("bot||T0SEAL", "installer||T0SEAL|U0INSTALLER");
		for (Document document : stored) {
			// Sealed: neither the token nor any part of it, nor Bolt's JSON, is readable in the store.
			assertThat(document.toJson()).doesNotContain(token, "fakeSecretPart", "xoxb-", "bot_access_token", "U0BOT");
		}
		assertThat(db.getCollection("oauth_states").countDocuments(new Document("_id", started.state()))).isZero();

		int exchanges = slack.calls("oauth.v2.access").size();
		HttpResponse<String> replayed = redirect("code-T0SEAL", started.state(), started.cookie());
		assertRefused(replayed);
		assertThat(slack.calls("oauth.v2.access")).hasSize(exchanges);
	}

	@Test
	void givenAWrongState_thenRefusedWithoutATokenExchange() {
		Started started = startInstall();
		int exchanges = slack.calls("oauth.v2.access").size();
		// A state the browser's cookie does not hold (a forged link)…
		HttpResponse<String> forged = redirect("code-T0EVIL", "not-the-state", started.cookie());
		assertRefused(forged);
		// …and a state that matches its cookie but was never issued.
		HttpResponse<String> unissued = redirect("code-T0EVIL", "made-up", "slack-app-oauth-state=made-up");
		assertRefused(unissued);
		assertThat(slack.calls("oauth.v2.access")).hasSize(exchanges);
		assertThat(db.getCollection("installations").countDocuments(new Document("workspace", "|T0EVIL"))).isZero();
		// The real state was not spent by the forgeries.
		assertThat(redirect("code-T0LATE", started.state(), started.cookie()).statusCode()).isIn(200, 302);
	}

	@Test
	void twoWorkspaces_eachServedAndNudgedWithItsOwnToken_andAnUninstallShutsOneOut() throws Exception {
		install("T0AAA");
		install("T0BBB");
		String tokenA = slack.issuedToken("T0AAA");
		String tokenB = slack.issuedToken("T0BBB");
		assertThat(tokenA).isNotEqualTo(tokenB);

		SlackRequests a = new SlackRequests(port, "T0AAA");
		SlackRequests b = new SlackRequests(port, "T0BBB").responseUrl(slack.responseUrl("T0BBB"));
		long begin = slack.mark();
		for (String[] board : List.of(new String[] { "T0AAA", "U0CHAIRA", "U0ALEXA" },
				new String[] { "T0BBB", "U0CHAIRB", "U0ALEXB" })) {
			SlackRequests requests = board[0].equals("T0AAA") ? a : b;
			HttpResponse<String> added = requests.command(board[1], "board add <@" + board[2] + "> as member");
			assertThat(added.statusCode()).isEqualTo(200);
			assertThat(SlackRequests.shown(added)).contains("Added <@" + board[2] + "> as member");
			HttpResponse<String> started = requests.command(board[1], "start cdrp-2002 due 2030-12-31 Annual self-assessment");
			assertThat(SlackRequests.shown(started)).contains("Started *Annual self-assessment*");
		}
		for (String user : List.of("U0CHAIRA", "U0ALEXA", "U0CHAIRB", "U0ALEXB")) {
			slack.awaitAfter(begin, "chat.postMessage", c -> user.equals(c.param("channel")), WAIT);
		}
		for (FakeSlackApi.Call call : slack.calls("chat.postMessage")) {
			String channel = call.param("channel");
			if (channel.endsWith("A")) {
				assertThat(call.token()).as("DM to " + channel).isEqualTo(tokenA);
			}
			if (channel.endsWith("B")) {
				assertThat(call.token()).as("DM to " + channel).isEqualTo(tokenB);
			}
		}

		// A nudge goes with the token of its recipient's workspace.
		long mark = slack.mark();
		assertThat(nudges.deliver(Outcome.builder()
			.direct(new PlatformUser("slack", "T0AAA", "U0ALEXA"), Card.text("Nudge for A"))
			.direct(new PlatformUser("slack", "T0BBB", "U0ALEXB"), Card.text("Nudge for B"))
			.build())).isTrue();
		assertThat(slack.awaitAfter(mark, "chat.postMessage", c -> "U0ALEXA".equals(c.param("channel")), WAIT).token())
			.isEqualTo(tokenA);
		assertThat(slack.awaitAfter(mark, "chat.postMessage", c -> "U0ALEXB".equals(c.param("channel")), WAIT).token())
			.isEqualTo(tokenB);

		// Slack uninstalls Accord from T0BBB: the token stops working and Slack says so with app_uninstalled.
		slack.revoke(tokenB);
		HttpResponse<String> uninstalled = b.event("{\"token\":\"x\",\"team_id\":\"T0BBB\",\"api_app_id\":\"A0APP\","
				+ "\"event\":{\"type\":\"app_uninstalled\",\"event_ts\":\"1700000000.000100\"},\"type\":\"event_callback\","
				+ "\"event_id\":\"Ev0UNINSTALLB\",\"event_time\":1700000000}");
		assertThat(uninstalled.statusCode()).isEqualTo(200);
		long end = System.nanoTime() + WAIT.toNanos();
		while (db.getCollection("installations").countDocuments(new Document("workspace", "|T0BBB")) > 0
				&& System.nanoTime() < end) {
			Thread.sleep(20);
		}
		assertThat(db.getCollection("installations").countDocuments(new Document("workspace", "|T0BBB"))).isZero();
		assertThat(db.getCollection("installations").countDocuments(new Document("workspace", "|T0AAA"))).isPositive();

		// A later T0BBB command is not served: Bolt answers the response_url with its install guide, and Accord
		// never sees the command.
		long afterUninstall = slack.mark();
		HttpResponse<String> refused = b.command("U0CHAIRB", "status");
		assertThat(refused.statusCode()).isIn(200, 401);
		assertThat(refused.body()).doesNotContain("finished");
		if (refused.statusCode() == 200) {
			assertThat(slack.responses()).anySatisfy(r -> assertThat(r[0]).contains("/T0BBB/"));
		}
		// An event from T0BBB (no response_url) gets Bolt's 401 for an unknown workspace.
		HttpResponse<String> event = b.event("{\"token\":\"x\",\"team_id\":\"T0BBB\",\"api_app_id\":\"A0APP\","
				+ "\"event\":{\"type\":\"app_home_opened\",\"user\":\"U0ALEXB\",\"channel\":\"D0ALEXB\",\"tab\":\"home\","
				+ "\"event_ts\":\"1700000001.000100\"},\"type\":\"event_callback\",\"event_id\":\"Ev0HOMEB\","
				+ "\"event_time\":1700000001}");
		assertThat(event.statusCode()).isEqualTo(401);
		// A nudge to T0BBB does not go (and is not marked sent).
		assertThat(nudges.deliver(Outcome.builder()
			.direct(new PlatformUser("slack", "T0BBB", "U0ALEXB"), Card.text("Too late")).build())).isFalse();

		// T0AAA carries on.
		HttpResponse<String> status = a.command("U0CHAIRA", "status");
		assertThat(status.statusCode()).isEqualTo(200);
		assertThat(SlackRequests.shown(status)).contains("of 2 who rate");
		Thread.sleep(200);
		assertThat(slack.calls()).filteredOn(c -> c.seq() > afterUninstall)
			.allSatisfy(c -> assertThat(c.token()).isNotEqualTo(tokenB));
	}

	/**
	 * tokens_revoked for the bot (shape from Slack's reference, docs.slack.dev/reference/events/tokens_revoked:
	 * {@code tokens.bot} lists bot user ids): Bolt finds the bot and deletes it, and every record of the workspace
	 * that holds a copy of its token goes with it: the latest installer's and each per-user installer's.
	 */
	@Test
	void givenTokensRevokedForTheBot_thenNoRecordOfTheWorkspaceHoldsABotTokenAnyMore() throws Exception {
		install("T0KEEP");
		install("T0REVB");
		install("T0REVB.U0SECOND");
		assertThat(ids("|T0REVB")).containsExactlyInAnyOrder("bot||T0REVB", "installer||T0REVB|",
				"installer||T0REVB|U0INSTALLER", "installer||T0REVB|U0SECOND");

		HttpResponse<String> revoked = new SlackRequests(port, "T0REVB").event(tokensRevoked("T0REVB", "Ev0REVB", null,
				"U0BOT"));
		assertThat(revoked.statusCode()).isEqualTo(200);

		awaitIds("|T0REVB", List.of());
		assertThat(ids("|T0KEEP")).contains("bot||T0KEEP", "installer||T0KEEP|", "installer||T0KEEP|U0INSTALLER");
		assertThat(installations.botToken("T0REVB")).isNull();
		assertThat(installations.botToken("T0KEEP")).isEqualTo(slack.issuedToken("T0KEEP"));
	}

	/** tokens_revoked for a user: their records go (the latest installer's too, when it is theirs); the bot stays. */
	@Test
	void givenTokensRevokedForAUser_thenEveryRecordWithTheirTokenGoes_andTheBotStays() throws Exception {
		install("T0REVU");
		install("T0REVU.U0SECOND");
		String userToken = slack.issuedToken("T0REVU.U0SECOND");
		assertThat(installations.findInstaller(null, "T0REVU", null).getInstallerUserAccessToken()).isEqualTo(userToken);

		HttpResponse<String> revoked = new SlackRequests(port, "T0REVU").event(tokensRevoked("T0REVU", "Ev0REVU",
				"U0SECOND", null));
		assertThat(revoked.statusCode()).isEqualTo(200);

		awaitIds("|T0REVU", List.of("bot||T0REVU", "installer||T0REVU|U0INSTALLER"));
		assertThat(installations.findInstaller(null, "T0REVU", "U0INSTALLER").getInstallerUserAccessToken()).isNull();
		assertThat(installations.botToken("T0REVU")).isEqualTo(slack.issuedToken("T0REVU"));
	}

	private static String tokensRevoked(String team, String eventId, String user, String bot) {
		String oauth = user == null ? "" : "\"oauth\":[\"" + user + "\"]";
		String bots = bot == null ? "" : "\"bot\":[\"" + bot + "\"]";
		return "{\"token\":\"x\",\"team_id\":\"" + team + "\",\"api_app_id\":\"A0APP\",\"event\":{\"type\":"
				+ "\"tokens_revoked\",\"tokens\":{" + oauth + (user != null && bot != null ? "," : "") + bots + "}},"
				+ "\"type\":\"event_callback\",\"event_id\":\"" + eventId + "\",\"event_time\":1700000000}";
	}

	private List<String> ids(String workspace) {
		return db.getCollection("installations").find(new Document("workspace", workspace))
			.map(d -> d.getString("_id")).into(new ArrayList<>());
	}

	/** Bolt handles tokens_revoked after its acknowledgement, on its own executor: wait for the records to go. */
	private void awaitIds(String workspace, List<String> expected) throws InterruptedException {
		long end = System.nanoTime() + WAIT.toNanos();
		while (!new java.util.HashSet<>(ids(workspace)).equals(new java.util.HashSet<>(expected)) && System.nanoTime() < end) {
			Thread.sleep(20);
		}
		assertThat(ids(workspace)).containsExactlyInAnyOrderElementsOf(expected);
	}

	/** The answer to a bad state: a 400 with Bolt's error page (reason invalid_state). */
	/**
	 * Issue 9 end to end: two installed workspaces each complete a cycle; one runs a second and sees what moved;
	 * a regional lead, installed in a third, gets the roll-up of both.
	 */
	@Test
	void givenInstalledWorkspaces_thenASecondCycleShowsWhatMovedAndTheRegionalLeadGetsTheRollUp() {
		install("T0NE1");
		install("T0NE2");
		install("T0LEAD");
		completeCycle("T0NE1", "Working towards", "First cycle");
		completeCycle("T0NE2", "Some success", "First cycle");

		SlackRequests one = new SlackRequests(port, "T0NE1");
		long second = slack.mark();
		assertThat(SlackRequests.shown(one.command("U0CHAIR", "start cdrp-2002 Second cycle"))).contains("Started *Second cycle*");
		answerAll(one, second, "Some success");
		assertThat(SlackRequests.shown(one.command("U0CHAIR", "close now"))).contains("49 of 49 criteria agreed");
		assertThat(new SlackMembers(slack, one).consensusView("U0CHAIR", "consensus figures").words())
			.contains("*1.1* Agreed in round 1: *Some success*", "last cycle (" + java.time.LocalDate.now().getYear()
					+ "): Working towards, up");

		SlackRequests lead = new SlackRequests(port, "T0LEAD");
		String created = SlackRequests.shown(lead.command("U0LEAD", "region create \"North East\""));
		Matcher code = Pattern.compile("code is \\*(R[A-Z0-9]{7})\\*").matcher(created);
		assertThat(code.find()).as(created).isTrue();
		assertThat(SlackRequests.shown(one.command("U0CHAIR", "region join " + code.group(1) + " as \"Tees Valley\" named")))
			.contains("now shares its agreed levels");
		assertThat(SlackRequests.shown(new SlackRequests(port, "T0NE2").command("U0CHAIR", "region join " + code.group(1)
				+ " as \"Wear Valley\""))).contains("now shares its agreed levels");
		long rolled = slack.mark();
		String picture = SlackRequests.shown(lead.command("U0LEAD", "region"));
		// Tees Valley's latest final cycle is its first; the second is not endorsed yet. Wear Valley did not agree
		// to be named, and is alone at its level: it is counted, never named.
		assertThat(picture).contains("2 partnerships share with the region; 2 with a final self-assessment",
				"*1.1* Gap identified 0 · Working towards 1 · Some success 1 · Doing well 0 — Working towards: Tees Valley",
				"*Common gaps*");
		assertThat(picture).doesNotContain("Wear Valley");
		slack.awaitAfter(rolled, "files.completeUploadExternal", c -> true, WAIT);
	}

	/** A board of four in the workspace rates everything at one level, closes, and both its steps to final. */
	private void completeCycle(String team, String level, String title) {
		SlackRequests requests = new SlackRequests(port, team);
		requests.command("U0CHAIR", "board add <@U0MEM> <@U0MEM2> as member");
		requests.command("U0CHAIR", "board add <@U0POL> as authority police");
		long begin = slack.mark();
		assertThat(SlackRequests.shown(requests.command("U0CHAIR", "start cdrp-2002 " + title))).contains("4 people have been sent");
		answerAll(requests, begin, level);
		assertThat(SlackRequests.shown(requests.command("U0CHAIR", "close now"))).contains("49 of 49 criteria agreed");
		long asked = slack.mark();
		requests.command("U0CHAIR", "endorse");
		FakeSlackApi.Call ask = slack.awaitAfter(asked, "chat.postMessage", c -> "U0POL".equals(c.param("channel"))
				&& c.param("text").startsWith("Please endorse"), WAIT);
		Map<String, String> buttons = FakeSlackApi.buttons(ask.json("blocks"));
		requests.click("U0POL", ask.param("_channel"), ask.param("_ts"), buttons.get("Endorse for police"));
		slack.awaitAfter(asked, "chat.postMessage", c -> "U0CHAIR".equals(c.param("channel"))
				&& c.json("blocks").toString().contains("the assessment is final"), WAIT);
	}

	private void answerAll(SlackRequests requests, long begin, String level) {
		SlackMembers members = new SlackMembers(slack, requests);
		java.util.List<String> ids = org.accord.core.framework.FrameworkCatalog.builtIn().find("cdrp-2002").orElseThrow()
			.criteria().stream().map(org.accord.core.domain.Criterion::id).toList();
		for (String user : java.util.List.of("U0CHAIR", "U0MEM", "U0MEM2", "U0POL")) {
			SlackMembers.Prompt prompt = members.promptFor(user, ids.get(0), begin);
			for (int i = 0; i < ids.size(); i++) {
				long mark = members.click(user, prompt, level);
				if (i + 1 < ids.size()) {
					prompt = members.promptFor(user, ids.get(i + 1), mark);
				}
			}
		}
	}

	private static void assertRefused(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("invalid_state");
	}

	private void install(String team) {
		Started started = startInstall();
		HttpResponse<String> done = redirect("code-" + team, started.state(), started.cookie());
		assertThat(done.statusCode()).as(done.body()).isIn(200, 302);
		assertThat(slack.issuedToken(team)).isNotNull();
	}

	private Started startInstall() {
		HttpResponse<String> page = get("/slack/install", null);
		assertThat(page.statusCode()).as(page.body()).isIn(200, 302);
		String url = page.statusCode() == 302 ? page.headers().firstValue("Location").orElseThrow()
				: href(page.body());
		Matcher state = STATE.matcher(url);
		assertThat(state.find()).as(url).isTrue();
		String cookie = page.headers().allValues("Set-Cookie").stream()
			.filter(c -> c.startsWith("slack-app-oauth-state="))
			.map(c -> c.split(";")[0])
			.findFirst()
			.orElseThrow(() -> new AssertionError("No state cookie in " + page.headers().map()));
		return new Started(url, state.group(1), cookie);
	}

	private static String href(String html) {
		Matcher link = Pattern.compile("https://slack\\.com/oauth/v2/authorize[^\"'\\s<>]*").matcher(html);
		assertThat(link.find()).as(html).isTrue();
		return link.group().replace("&amp;", "&");
	}

	private HttpResponse<String> redirect(String code, String state, String cookie) {
		return get("/slack/oauth_redirect?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&state="
				+ URLEncoder.encode(state, StandardCharsets.UTF_8), cookie);
	}

	private HttpResponse<String> get(String path, String cookie) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(10))
			.GET();
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
