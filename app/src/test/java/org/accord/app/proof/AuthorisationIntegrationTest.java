package org.accord.app.proof;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.accord.app.slack.FakeSlackApi;
import org.accord.app.slack.SlackMembers;
import org.accord.app.slack.SlackRequests;
import org.accord.app.slack.SlackTestProperties;
import org.accord.core.domain.Criterion;
import org.accord.core.framework.FrameworkCatalog;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every chair-only action, and the chair-and-facilitator ones, tried by everyone who may not take them: a
 * member, a responsible authority, the facilitator, a person of the same workspace who is not on the board,
 * and people of another workspace. Each is refused in words that say why, and not one stored document
 * changes. The chair's own buttons (start a consensus round) and an authority's (endorse) are taken from
 * the messages Accord really sent and replayed by the wrong people; then their owners press them, which
 * proves the replayed values were the real ones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthorisationIntegrationTest {

	static final String TEAM = "T0AUTH";

	/** Another workspace, with a board of its own whose chair is {@link #ELSE_CHAIR}. */
	static final String ELSEWHERE_TEAM = "T0ELSE";

	static final String CHAIR = "U0CHAIR";

	static final String ALEX = "U0ALEX";

	static final String SAM = "U0SAM";

	static final String POL = "U0POL";

	static final String FAC = "U0FAC";

	/** Same workspace, not on the board. */
	static final String OUTSIDER = "U0OUTSIDER";

	/** Another workspace, not on its board. */
	static final String ELSEWHERE = "U0ELSEWHERE";

	/** Another workspace's chair: a chair, but of another board. */
	static final String ELSE_CHAIR = "U0ELSECHAIR";

	static final String NOT_ON_BOARD = "You are not on this workspace's board yet.";

	/** What only the chair may type, and what anyone else on the board is told. */
	static final Map<String, String> CHAIR_ONLY = chairOnly();

	/** What only the chair and the facilitator may type. */
	static final Map<String, String> CHAIR_AND_FACILITATOR = Map.of(
			"consensus", "The consensus view is for the chair and the facilitator; the board sees it with them.",
			"export", "The documents are for the chair and the facilitator.");

	static final ObjectMapper JSON = new ObjectMapper();

	/**
	 * Left out of "nothing changes": the receipts collection records that a request was handled (a SHA-256 of
	 * Slack's ids for it), so that a replay of it is not; nothing of who sent it or what it asked.
	 */
	static final Set<String> HANDLED = Set.of("receipts");

	static FakeSlackApi slack;

	@DynamicPropertySource
	static void slack(DynamicPropertyRegistry registry) throws IOException {
		slack = new FakeSlackApi();
		SlackTestProperties.register(registry, slack);
		// No sweep in the background: its own record of where it got to would show as a change nobody's words made.
		registry.add("accord.nudge-sweep-seconds", () -> "0");
	}

	@AfterAll
	static void stop() {
		slack.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	MongoClient mongo;

	MongoDatabase db;

	SlackRequests here;

	SlackRequests elsewhere;

	private static Map<String, String> chairOnly() {
		Map<String, String> commands = new LinkedHashMap<>();
		commands.put("board add <@U0NEWCOMER> as member", "Only the chair can change the board.");
		commands.put("board add <@U0ALEX> as chair", "Only the chair can change the board.");
		commands.put("board add <@U0OUTSIDER> as authority police", "Only the chair can change the board.");
		commands.put("board remove <@U0SAM>", "Only the chair can change the board.");
		commands.put("start cdrp-2002 due 2099-12-31 Hijacked", "Only the chair can start an assessment.");
		commands.put("close", "Only the chair can close a round.");
		commands.put("round all", "Only the chair can start a consensus round.");
		commands.put("round 1.2 due 2099-01-31", "Only the chair can start a consensus round.");
		commands.put("settle 1.2 doing well forged", "Only the chair can settle a criterion.");
		commands.put("text 1.2", "Only the chair edits the board's agreed text.");
		commands.put("endorse", "Only the chair can ask for endorsement.");
		return commands;
	}

	@Test
	void givenEveryoneButTheChair_thenEveryChairOnlyActionIsRefusedAndNothingChanges() throws Exception {
		db = mongo.getDatabase("accord");
		here = new SlackRequests(port, TEAM);
		elsewhere = new SlackRequests(port, ELSEWHERE_TEAM);
		SlackMembers members = new SlackMembers(slack, here);
		// The other workspace has a board already, so its people meet a board they are not on, as ours do.
		assertThat(SlackRequests.shown(elsewhere.command(ELSE_CHAIR, "board"))).contains("one has been made with you as its chair");
		here.command(CHAIR, "board add <@U0ALEX> <@U0SAM> as member");
		here.command(CHAIR, "board add <@U0POL> as authority police");
		here.command(CHAIR, "board add <@U0FAC> as facilitator");
		long begin = slack.mark();
		assertThat(SlackRequests.shown(here.command(CHAIR, "start cdrp-2002 due 2099-12-31 Annual self-assessment")))
			.contains("4 people have been sent");
		for (String rater : List.of(CHAIR, ALEX, SAM, POL)) {
			SlackMembers.Prompt first = members.promptFor(rater, "1.1", begin);
			SlackMembers.Prompt second = members.promptFor(rater, "1.2", members.click(rater, first, "Some success"));
			members.promptFor(rater, "1.3", members.click(rater, second, rater.equals(ALEX) ? "Gap identified" : "Doing well"));
		}

		// Round 1 open: the moment "close" and "board add" matter most.
		everyCommandRefused();

		assertThat(SlackRequests.shown(here.command(CHAIR, "close now"))).contains("Round 1 is closed");
		// Round 1 closed: the moment "round", "settle", "text" and "consensus" have something to act on.
		everyCommandRefused();

		// The chair's consensus view, a message of its own, carries the round button; it opens the round form.
		String startRound = new org.accord.app.slack.SlackMembers(slack, here).consensusView(CHAIR).buttons().entrySet().stream()
			.filter(e -> e.getKey().startsWith("Consensus round")).map(Map.Entry::getValue).findFirst().orElseThrow();
		assertThat(startRound).startsWith("ROUND_FORM|");
		Map<String, String> startRoundRefusals = new LinkedHashMap<>();
		startRoundRefusals.put(ALEX, "Only the chair can start a consensus round.");
		startRoundRefusals.put(POL, "Only the chair can start a consensus round.");
		startRoundRefusals.put(FAC, "Only the chair can start a consensus round.");
		startRoundRefusals.put(OUTSIDER, "Only the chair can start a consensus round.");
		startRoundRefusals.put(ELSEWHERE, "Only the chair can start a consensus round.");
		// Another board's chair: the button acts on the presser's own board, which has no assessment.
		startRoundRefusals.put(ELSE_CHAIR, "That button belongs to an assessment that is no longer under way.");
		startRoundRefusals.forEach((user, refusal) -> buttonRefused(user, startRound, refusal));
		long pressed = slack.mark();
		here.click(CHAIR, "D" + CHAIR.substring(1), "1700000000.000100", startRound);
		JsonNode roundView = slack.awaitAfter(pressed, "views.open", c -> true, SlackMembers.WAIT).json("view");
		String roundForm = roundView.path("private_metadata").asText();
		List<String> disputed = new java.util.ArrayList<>();
		roundView.path("blocks").get(0).path("element").path("initial_options").forEach(o -> disputed.add(o.path("value").asText()));
		assertThat(disputed).isNotEmpty();
		// The form, submitted by anyone but the chair, opens nothing.
		StoreSnapshot beforeRound = StoreSnapshot.of(db, HANDLED);
		for (String user : List.of(ALEX, POL, FAC)) {
			long submitted = slack.mark();
			assertThat(here.submitForm(user, roundForm, Map.of("criteria", "options:1.1", "due", "2099-01-31")).statusCode())
				.isEqualTo(200);
			assertThat(slack.awaitAfter(submitted, "chat.postMessage", c -> user.equals(c.param("channel")), SlackMembers.WAIT)
				.json("blocks").toString()).contains("Only the chair can start a consensus round.");
		}
		assertUnchanged(beforeRound, "round form submitted by others than the chair");
		long opened = slack.mark();
		here.submitForm(CHAIR, roundForm, Map.of("criteria", "options:" + String.join(",", disputed), "due", "2099-01-31"));
		// The chair rates too, so the round's own prompts reach them beside this answer, in either order.
		assertThat(slack.awaitAfter(opened, "chat.postMessage", c -> CHAIR.equals(c.param("channel"))
				&& c.json("blocks").toString().contains("is open on"), SlackMembers.WAIT).json("blocks").toString())
			.contains("Consensus round 2 is open");

		// To endorsement: close round 2, the chair settles what is disputed, and asks the authority.
		assertThat(SlackRequests.shown(here.command(CHAIR, "close now"))).contains("Round 2 is closed");
		for (Criterion c : FrameworkCatalog.builtIn().find("cdrp-2002").orElseThrow().criteria()) {
			assertThat(SlackRequests.shown(here.command(CHAIR, "settle " + c.id() + " some success"))).contains(c.id());
		}
		everyCommandRefused();
		long asked = slack.mark();
		assertThat(SlackRequests.shown(here.command(CHAIR, "endorse"))).contains("Asked 1 responsible-authority representative");
		FakeSlackApi.Call request = slack.awaitAfter(asked, "chat.postMessage",
				c -> POL.equals(c.param("channel")) && c.param("text").startsWith("Please endorse"), SlackMembers.WAIT);
		Map<String, String> buttons = FakeSlackApi.buttons(request.json("blocks"));
		String endorse = buttons.get("Endorse for police");
		assertThat(endorse).startsWith("ENDORSE|");
		Map<String, String> endorseRefusals = new LinkedHashMap<>();
		endorseRefusals.put(ALEX, "Only the responsible-authority representatives asked can endorse this form.");
		endorseRefusals.put(CHAIR, "Only the responsible-authority representatives asked can endorse this form.");
		endorseRefusals.put(FAC, "Only the responsible-authority representatives asked can endorse this form.");
		endorseRefusals.put(OUTSIDER, "You are not on this board.");
		endorseRefusals.put(ELSEWHERE, "You are not on this board.");
		endorseRefusals.put(ELSE_CHAIR, "This assessment is not waiting for endorsement.");
		endorseRefusals.forEach((user, refusal) -> buttonRefused(user, endorse, refusal));
		// Declining is the authority's too: its form, submitted by a member, is refused the same way.
		String decline = buttons.get("Decline…").split("\u0000")[0];
		StoreSnapshot before = StoreSnapshot.of(db, HANDLED);
		long declined = slack.mark();
		assertThat(here.submitForm(ALEX, decline, Map.of("reason", "forged")).statusCode()).isEqualTo(200);
		assertThat(slack.awaitAfter(declined, "chat.postMessage", c -> ALEX.equals(c.param("channel")), SlackMembers.WAIT)
			.json("blocks").toString()).contains("Only the responsible-authority representatives asked can endorse this form.");
		assertUnchanged(before, "decline submitted by a member");

		long endorsed = slack.mark();
		here.click(POL, request.param("_channel"), request.param("_ts"), endorse);
		slack.awaitAfter(endorsed, "chat.update", c -> c.json("blocks").toString().contains("You endorsed this form for police"),
				SlackMembers.WAIT);
		assertThat(db.getCollection("assessments").find(new Document("state", "FINAL")).first()).isNotNull();
	}

	/** Everyone but the chair types every chair-only command; the facilitator is allowed the view and export. */
	private void everyCommandRefused() throws InterruptedException {
		quiet();
		long mark = slack.mark();
		for (String user : List.of(ALEX, POL, FAC)) {
			CHAIR_ONLY.forEach((command, refusal) -> commandRefused(here, user, command, refusal));
		}
		for (String user : List.of(ALEX, POL)) {
			CHAIR_AND_FACILITATOR.forEach((command, refusal) -> commandRefused(here, user, command, refusal));
		}
		for (SlackRequests requests : List.of(here, elsewhere)) {
			String user = requests == here ? OUTSIDER : ELSEWHERE;
			CHAIR_ONLY.keySet().forEach(command -> commandRefused(requests, user, command, NOT_ON_BOARD));
			CHAIR_AND_FACILITATOR.keySet().forEach(command -> commandRefused(requests, user, command, NOT_ON_BOARD));
		}
		// A refusal travels in the acknowledgement only: no prompt, form, file or message went anywhere.
		Thread.sleep(300);
		assertThat(slack.calls().stream().filter(c -> c.seq() > mark).map(FakeSlackApi.Call::method)).isEmpty();
	}

	/** Deliveries run after the acknowledgement: waits until what earlier steps caused has reached Slack. */
	private static void quiet() throws InterruptedException {
		long last = slack.mark();
		for (int quietFor = 0; quietFor < 5; quietFor++) {
			Thread.sleep(100);
			if (slack.mark() != last) {
				last = slack.mark();
				quietFor = -1;
			}
		}
	}

	private void commandRefused(SlackRequests requests, String user, String command, String refusal) {
		StoreSnapshot before = StoreSnapshot.of(db, HANDLED);
		HttpResponse<String> response = requests.command(user, command);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(SlackRequests.shown(response)).as("%s typing /assess %s", user, command).contains(refusal);
		assertUnchanged(before, user + " typing /assess " + command);
	}

	private void buttonRefused(String user, String valueAndActionId, String refusal) {
		StoreSnapshot before = StoreSnapshot.of(db, HANDLED);
		SlackRequests requests = user.equals(ELSEWHERE) || user.equals(ELSE_CHAIR) ? elsewhere : here;
		long mark = slack.mark();
		assertThat(requests.click(user, "D" + user.substring(1), "1700000000.000200", valueAndActionId).statusCode())
			.isEqualTo(200);
		FakeSlackApi.Call reply = slack.awaitAfter(mark, "chat.postEphemeral", c -> user.equals(c.param("user")),
				SlackMembers.WAIT);
		assertThat(reply.json("blocks").toString()).as("%s pressing %s", user, valueAndActionId).contains(refusal);
		assertUnchanged(before, user + " pressing " + valueAndActionId);
	}

	private void assertUnchanged(StoreSnapshot before, String what) {
		StoreSnapshot after = StoreSnapshot.of(db, HANDLED);
		assertThat(after.digests()).as("%s changed: %s", what, after.changesSince(before)).isEqualTo(before.digests());
	}

}
