package org.accord.app.slack;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
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
 * End to end through {@code POST /slack/events}, with requests signed as Slack signs them and a local
 * fake of Slack's Web API: a board of three completes cdrp-2002's round 1.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlackCollectionIntegrationTest {

	static final String TEAM = "T1DC2JH3J";

	static final Duration WAIT = Duration.ofSeconds(10);

	static FakeSlackApi slack;

	@DynamicPropertySource
	static void slack(DynamicPropertyRegistry registry) throws IOException {
		slack = new FakeSlackApi();
		SlackTestProperties.register(registry, slack);
	}

	@AfterAll
	static void stop() {
		slack.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	MongoClient mongo;

	/** The operator's key: what the sealed store is read with here. */
	@Autowired
	org.accord.core.service.AnonymityKey key;

	SlackRequests requests;

	SlackMembers members;

	MongoDatabase db;

	@BeforeEach
	void setUp() {
		requests = new SlackRequests(port, TEAM);
		members = new SlackMembers(slack, requests);
		db = mongo.getDatabase("accord");
		for (String collection : List.of("partnerships", "members", "assessments", "responses", "participation", "receipts")) {
			db.getCollection(collection).deleteMany(new Document());
		}
		slack.clear();
	}


	@Test
	void givenABoardOfThree_thenRound1CompletesWith147AnonymousResponses() throws Exception {
		long begin = slack.mark();
		HttpResponse<String> added = requests.command("U0CHAIR", "board add <@U0ALEX|alex> <@U0SAM> as member");
		assertThat(added.statusCode()).isEqualTo(200);
		assertThat(SlackRequests.shown(added)).contains("Added <@U0ALEX> as member, <@U0SAM> as member.");
		HttpResponse<String> started = requests.command("U0CHAIR", "start cdrp-2002 due 2030-12-31 Annual self-assessment");
		assertThat(SlackRequests.shown(started)).contains("Started *Annual self-assessment*", "3 people have been sent");

		List<String> levels = List.of("Gap identified", "Working towards", "Some success", "Doing well");
		List<String> ids = criterionIds();
		assertThat(ids).hasSize(49);
		List<String> users = List.of("U0CHAIR", "U0ALEX", "U0SAM");
		for (int u = 0; u < users.size(); u++) {
			String user = users.get(u);
			FakeSlackApi.Call intro = slack.awaitAfter(begin, "chat.postMessage",
					c -> user.equals(c.param("channel")) && c.param("text").contains("Annual"), WAIT);
			assertThat(intro.json("blocks").toString()).contains("anonymous", "2030-12-31");
			SlackMembers.Prompt prompt = members.promptFor(user, ids.get(0), begin);
			for (int i = 0; i < ids.size(); i++) {
				if (i == 0) {
					long mark = members.click(user, prompt, "Add evidence / comment");
					FakeSlackApi.Call opened = slack.awaitAfter(mark, "views.open", c -> true, WAIT);
					String context = opened.json("view").path("private_metadata").asText();
					assertThat(requests.submitForm(user, context, Map.of("evidence", "Minutes, March board",
							"document", "Board minutes", "page", "3", "paragraph", "2", "comment", "Chair rotates yearly"))
						.statusCode()).isEqualTo(200);
				}
				if (u == 1 && i == 2) {
					// Alex goes back to 1.2 and changes that answer, then carries on. Each criterion keeps one live
					// prompt: the copy a newer one replaces says so, and keeps no buttons.
					SlackMembers.Prompt first12 = members.promptFor(user, ids.get(1), begin);
					long back = members.click(user, prompt, "Back");
					SlackMembers.Prompt again = members.promptFor(user, ids.get(1), back);
					assertThat(again.blocks()).contains("Your answer: Some success");
					assertThat(moved(back, first12.ts())).contains("1.2 moved: its prompt is now in a newer message below");
					SlackMembers.Prompt first13 = prompt;
					long changed = members.click(user, again, "Doing well");
					prompt = members.promptFor(user, ids.get(2), changed);
					assertThat(moved(changed, first13.ts())).contains("1.3 moved");
					// resume shows where Alex is once more, and the copy it replaces is marked too.
					long resumed = slack.mark();
					requests.command(user, "resume");
					SlackMembers.Prompt resumedPrompt = members.promptFor(user, ids.get(2), resumed);
					assertThat(moved(resumed, prompt.ts())).contains("1.3 moved");
					prompt = resumedPrompt;
				}
				String label = i % 7 == 3 ? "Don't know" : levels.get((i + u) % 4);
				long mark = members.click(user, prompt, label);
				String ts = prompt.ts();
				slack.awaitAfter(mark, "chat.update", c -> ts.equals(c.param("ts"))
						&& c.json("blocks").toString().contains("You answered: *" + label + "*"), WAIT);
				if (i + 1 < ids.size()) {
					prompt = members.promptFor(user, ids.get(i + 1), mark);
				}
				else {
					slack.awaitAfter(mark, "chat.postMessage", c -> user.equals(c.param("channel"))
							&& c.param("text").equals("You have been through every criterion"), WAIT);
				}
			}
		}

		assertThat(db.getCollection("responses").countDocuments()).isEqualTo(147);
		List<String> personIds = db.getCollection("members").find().map(d -> d.getString("_id")).into(new ArrayList<>());
		for (Document response : db.getCollection("responses").find()) {
			String json = response.toJson();
			assertThat(json).doesNotContain("U0CHAIR", "U0ALEX", "U0SAM", TEAM, "alex");
			personIds.forEach(id -> assertThat(json).doesNotContain(id));
		}
		// Sealed: only the key reads the evidence, which three members gave.
		assertThat(db.getCollection("responses").find().into(new ArrayList<>()).stream()
			.filter(r -> key.evidenceWords(r.getString("_id"), r.getString("evidence")).orElseThrow().contains("Chair rotates yearly")))
			.hasSize(3);

		HttpResponse<String> mine = requests.command("U0ALEX", "mine");
		assertThat(SlackRequests.shown(mine)).contains("1.2  Doing well", "1.4  Don't know");
		HttpResponse<String> status = requests.command("U0CHAIR", "status");
		assertThat(SlackRequests.shown(status)).contains("3 finished · 0 started · 0 not started (of 3 who rate)");
	}

	@Test
	void givenADoubleClick_thenOneAnswerAndOneNextPrompt() throws Exception {
		requests.command("U0CHAIR", "board add <@U0ALEX> as member");
		requests.command("U0CHAIR", "start cdrp-2002");
		SlackMembers.Prompt first = members.promptFor("U0ALEX", "1.1", 0);
		long mark = slack.mark();
		CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(() -> requests.click("U0ALEX",
				first.channel(), first.ts(), first.buttons().get("Some success")));
		CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(() -> requests.click("U0ALEX",
				first.channel(), first.ts(), first.buttons().get("Some success")));
		assertThat(a.get().statusCode()).isEqualTo(200);
		assertThat(b.get().statusCode()).isEqualTo(200);
		members.promptFor("U0ALEX", "1.2", mark);
		Thread.sleep(300);
		assertThat(slack.calls("chat.postMessage").stream().filter(c -> c.seq() > mark && c.param("text").startsWith("1.2 ")))
			.hasSize(1);
		assertThat(db.getCollection("responses").find().into(new ArrayList<>()).stream()
			.filter(r -> key.answerCode(r.getString("_id"), r.getString("answer")).isPresent())).hasSize(1);
	}

	@Test
	void givenUnsignedStaleOrWronglySignedRequests_thenRefusedAndNothingChanges() {
		String body = SlackRequests.form(Map.of("team_id", TEAM, "user_id", "U0CHAIR", "command", "/assess", "text", "board",
				"channel_id", "D0CHAIR", "trigger_id", "1.2.3"));
		String now = Long.toString(System.currentTimeMillis() / 1000);
		String stale = Long.toString(System.currentTimeMillis() / 1000 - 6 * 60);
		String form = "application/x-www-form-urlencoded";
		assertThat(requests.post(body, form, null, null, Map.of()).statusCode()).isEqualTo(401);
		assertThat(requests.post(body, form, now, SlackRequests.sign("another-secret", now, body), Map.of()).statusCode())
			.isEqualTo(401);
		assertThat(requests.post(body, form, stale, SlackRequests.sign(SlackRequests.SIGNING_SECRET, stale, body), Map.of())
			.statusCode()).isEqualTo(401);
		assertThat(requests.post(body + "x", form, now, SlackRequests.sign(SlackRequests.SIGNING_SECRET, now, body), Map.of())
			.statusCode()).isEqualTo(401);
		assertThat(db.getCollection("partnerships").countDocuments()).isZero();
		assertThat(db.getCollection("members").countDocuments()).isZero();
	}

	@Test
	void givenSlacksOwnSigningExample_thenOurSignatureMatchesIt() throws Exception {
		String body = new String(SlackRequests.class.getResourceAsStream("/slack/slash_command.txt").readAllBytes());
		assertThat(SlackRequests.sign("8f742231b10e8888abcd99yyyzzz85a5", "1531420618", body))
			.isEqualTo("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503");
	}

	@Test
	void givenAnEventRetried_thenItIsHandledOnce() throws Exception {
		requests.command("U0CHAIR", "board");
		JsonNode home = SlackRequests.fixture("app_home_opened.json");
		((com.fasterxml.jackson.databind.node.ObjectNode) home).put("team_id", TEAM);
		((com.fasterxml.jackson.databind.node.ObjectNode) home.get("event")).put("user", "U0CHAIR").put("tab", "home");
		assertThat(requests.event(home.toString()).statusCode()).isEqualTo(200);
		assertThat(requests.post(home.toString(), "application/json",
				Long.toString(System.currentTimeMillis() / 1000), SlackRequests.sign(SlackRequests.SIGNING_SECRET,
						Long.toString(System.currentTimeMillis() / 1000), home.toString()),
				Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout")).statusCode()).isEqualTo(200);
		FakeSlackApi.Call published = slack.await("views.publish", c -> true, WAIT);
		assertThat(published.param("user_id")).isEqualTo("U0CHAIR");
		assertThat(published.json("view").toString()).contains("The board");
		Thread.sleep(300);
		assertThat(slack.calls("views.publish")).hasSize(1);
	}

	@Test
	void givenWordsTypedInTheDirectMessage_thenTheyWorkLikeTheCommand() throws Exception {
		long adding = slack.mark();
		requests.command("U0CHAIR", "board add <@U0ALEX> as member");
		// Alex is told of being added first: the count below is of what the typed words brought.
		slack.awaitAfter(adding, "chat.postMessage", c -> "U0ALEX".equals(c.param("channel"))
				&& c.param("text").contains("added you"), WAIT);
		com.fasterxml.jackson.databind.node.ObjectNode dm = (com.fasterxml.jackson.databind.node.ObjectNode) SlackRequests
			.fixture("message_im.json");
		dm.put("team_id", TEAM).put("event_id", "Ev0DM1");
		((com.fasterxml.jackson.databind.node.ObjectNode) dm.get("event")).put("user", "U0ALEX").put("text", "help");
		long mark = slack.mark();
		assertThat(requests.event(dm.toString()).statusCode()).isEqualTo(200);
		assertThat(requests.event(dm.toString()).statusCode()).isEqualTo(200);
		FakeSlackApi.Call reply = slack.awaitAfter(mark, "chat.postMessage", c -> "U0ALEX".equals(c.param("channel"))
				&& !c.param("text").contains("added you"), WAIT);
		assertThat(reply.json("blocks").toString()).contains("You are member on the board", "help all");
		Thread.sleep(300);
		assertThat(slack.calls("chat.postMessage").stream().filter(c -> c.seq() > mark)).hasSize(1);
	}

	@Test
	void givenUrlVerification_thenTheChallengeComesBack() {
		String body = SlackRequests.fixture("url_verification.json").toString();
		HttpResponse<String> response = requests.event(body);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
	}

	@Test
	void givenSignedNonsense_thenA400AndNoStackTrace() {
		HttpResponse<String> response = requests.post("payload=%7Bnot-json", "application/x-www-form-urlencoded");
		assertThat(response.statusCode()).isBetween(400, 499);
		assertThat(response.body()).doesNotContain("Exception", "at org.", "at com.");
	}

	/** The message at {@code ts} as it was updated after {@code mark}: its blocks, which must carry no button. */
	private String moved(long mark, String ts) {
		FakeSlackApi.Call update = slack.awaitAfter(mark, "chat.update", c -> ts.equals(c.param("ts"))
				&& c.json("blocks").toString().contains("moved"), WAIT);
		assertThat(FakeSlackApi.buttons(update.json("blocks"))).isEmpty();
		return update.json("blocks").toString();
	}

	private static List<String> criterionIds() {
		return org.accord.core.framework.FrameworkCatalog.builtIn().find("cdrp-2002").orElseThrow().criteria().stream()
			.map(org.accord.core.domain.Criterion::id).toList();
	}

}
