package org.accord.app.slack;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.accord.core.domain.Criterion;
import org.accord.core.framework.FrameworkCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chair who never types a command, through signed Slack requests: every step from the Home tab's next-step
 * button, the messages and modals it brings, to an endorsed form and an accepted action plan. The board is set
 * up with {@code board add}; after that nobody types.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlackChairClicksIntegrationTest {

	static final String TEAM = "T0CLICK";

	static final Duration WAIT = Duration.ofSeconds(10);

	static final List<String> RATERS = List.of("U1CHAIR", "U1ALEX", "U1SAM", "U1POL");

	static FakeSlackApi slack;

	private final AtomicLong events = new AtomicLong();

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

	private SlackRequests requests;

	@Test
	void givenAChairWhoOnlyClicks_thenTheFormIsEndorsedAndThePlanAccepted() {
		requests = new SlackRequests(port, TEAM);
		SlackMembers members = new SlackMembers(slack, requests);
		// In a workspace with no board, asking for help or saying anything else makes nobody chair: the Home asks.
		for (String words : List.of("help", "what do I do now?", "status")) {
			java.net.http.HttpResponse<String> answer = requests.command("U1SAM", words);
			assertThat(answer.body()).as(words).contains("Set up the board, as its chair");
			assertThat(SlackRequests.shown(answer)).as(words).contains("Nobody here has set up a board yet")
				.doesNotContain("Welcome to Accord", "I don't know");
		}
		assertThat(SlackRequests.shown(requests.command("U1CHAIR", "board add <@U1ALEX> <@U1SAM> as member")))
			.contains("one has been made with you as its chair");
		assertThat(SlackRequests.shown(requests.command("U1SAM", "what do I do now?"))).contains("You are member on the board",
				"help all").doesNotContain("settings timezone", "I don't know");
		long adding = slack.mark();
		assertThat(SlackRequests.shown(requests.command("U1CHAIR", "board add <@U1POL> as authority police")))
			.contains("Each has been told");
		// Whoever is added hears it, in what role, and what they will be asked to do.
		assertThat(dm("U1POL", adding, "added you").toString()).contains("<@U1CHAIR> has added you to the board, as",
				"responsible-authority representative (police)", "endorse");

		// Start: the Home's button, then its modal.
		Map<String, String> home = home("U1CHAIR");
		long starting = slack.mark();
		assertThat(requests.clickInHome("U1CHAIR", home.get("Start an assessment…")).statusCode()).isEqualTo(200);
		FakeSlackApi.Call startForm = slack.awaitAfter(starting, "views.open", c -> true, WAIT);
		assertThat(startForm.json("view").toString()).contains("Start an assessment", "static_select", "datepicker");
		long begin = slack.mark();
		requests.submitForm("U1CHAIR", metadata(startForm), Map.of("framework", "option:cdrp-2002", "due", "2099-01-31",
				"title", "Clicked through"));
		assertThat(dm("U1CHAIR", begin, "Started").toString()).contains("Started *Clicked through* (cdrp-2002, 49 criteria, due 2099-01-31)");
		// The Home follows the step just taken.
		assertThat(slack.awaitAfter(begin, "views.publish", c -> c.json("view").toString().contains("Close round 1"), WAIT))
			.isNotNull();

		// Closing before anyone has finished asks first, with how many have not; "Not yet" leaves the round open.
		long early = slack.mark();
		requests.clickInHome("U1CHAIR", home("U1CHAIR").get("Close round 1"));
		FakeSlackApi.Call ask = slack.awaitAfter(early, "chat.postMessage", c -> "U1CHAIR".equals(c.param("channel"))
				&& c.json("blocks").toString().contains("Close it now?"), WAIT);
		assertThat(ask.json("blocks").toString()).contains("4 of the 4 who rate have not finished round 1 (4 not started)");
		long waited = slack.mark();
		requests.click("U1CHAIR", ask.param("_channel"), ask.param("_ts"), FakeSlackApi.buttons(ask.json("blocks")).get("Not yet"));
		assertThat(slack.awaitAfter(waited, "chat.update", c -> ask.param("_ts").equals(c.param("ts")), WAIT).toString())
			.contains("Round 1 stays open");
		assertThat(home("U1CHAIR")).containsKey("Close round 1");

		// Members rate: all agree on Some success but 1.1, which splits two and two.
		List<String> ids = FrameworkCatalog.builtIn().find("cdrp-2002").orElseThrow().criteria().stream().map(Criterion::id).toList();
		SlackMembers.Prompt alexsFirst = null;
		for (int u = 0; u < RATERS.size(); u++) {
			String user = RATERS.get(u);
			SlackMembers.Prompt prompt = members.promptFor(user, ids.get(0), begin);
			if (user.equals("U1ALEX")) {
				alexsFirst = prompt;
				// A prompt is the criterion, its guidance and a button a category; the definitions are a press away.
				assertThat(prompt.buttons()).containsKeys("Gap identified", "Working towards", "Some success", "Doing well",
						"What the categories mean");
				assertThat(prompt.blocks()).doesNotContain("This could be described as");
				assertThat(SlackRequests.words(SlackRequests.json(prompt.blocks())).length()).isLessThan(1200);
				long defining = slack.mark();
				requests.click(user, prompt.channel(), prompt.ts(), prompt.buttons().get("What the categories mean"));
				assertThat(slack.awaitAfter(defining, "chat.postEphemeral", c -> c.json("blocks").toString()
						.contains("What the categories mean"), WAIT).json("blocks").toString())
					.contains("This could be described as minimal achievement", "This could be described as successful achievement");
			}
			for (int i = 0; i < ids.size(); i++) {
				long mark = members.click(user, prompt, i == 0 && u < 2 ? "Working towards" : "Some success");
				if (i + 1 < ids.size()) {
					prompt = members.promptFor(user, ids.get(i + 1), mark);
				}
			}
		}

		// Close: the Home's button.
		// Closed too soon, a round opens again from the close's own message while nothing depends on it.
		long first = slack.mark();
		requests.clickInHome("U1CHAIR", home("U1CHAIR").get("Close round 1"));
		FakeSlackApi.Call closedOnce = slack.awaitAfter(first, "chat.postMessage", c -> "U1CHAIR".equals(c.param("channel"))
				&& c.json("blocks").toString().contains("is closed"), WAIT);
		long reopening = slack.mark();
		requests.click("U1CHAIR", closedOnce.param("_channel"), closedOnce.param("_ts"),
				FakeSlackApi.buttons(closedOnce.json("blocks")).get("Reopen round 1"));
		assertThat(slack.awaitAfter(reopening, "chat.postEphemeral", c -> c.json("blocks").toString().contains("open again"), WAIT)
			.json("blocks").toString()).contains("Round 1 of *Clicked through* is open again, due 2099-01-31");
		assertThat(dm("U1SAM", reopening, "open again").toString()).contains("Your answers are kept");
		assertThat(home("U1CHAIR")).containsKey("Close round 1");

		long closing = slack.mark();
		requests.clickInHome("U1CHAIR", home("U1CHAIR").get("Close round 1"));
		assertThat(dm("U1CHAIR", closing, "is closed").toString()).contains("Round 1 is closed: 48 of 49 criteria agreed, 1 still to settle");
		// The members hear that their round is over, and nothing of the figures.
		assertThat(dm("U1ALEX", closing, "is closed").toString()).contains("Round 1 of *Clicked through* is closed: thank you")
			.doesNotContain("48", "agreed");
		// After the close a member still reads their own answers, is not sent round in a loop, and an old prompt closes.
		assertThat(SlackRequests.shown(requests.command("U1ALEX", "mine"))).contains("1.1", "Working towards");
		assertThat(SlackRequests.shown(requests.command("U1ALEX", "status"))).contains("round 1 closed", "Answers are no longer taken")
			.doesNotContain("resume");
		assertThat(SlackRequests.shown(requests.command("U1ALEX", "resume"))).contains("Round 1 has closed", "mine")
			.doesNotContain("status");
		SlackMembers.Prompt old = alexsFirst;
		long late = slack.mark();
		requests.click("U1ALEX", old.channel(), old.ts(), old.buttons().get("Some success"));
		assertThat(slack.awaitAfter(late, "chat.update", c -> old.ts().equals(c.param("ts")), WAIT).toString())
			.contains("Round 1 has closed: this prompt takes no more answers");

		// Settle: the Home opens the consensus view; the view's button opens the settle modal.
		long viewing = slack.mark();
		requests.clickInHome("U1CHAIR", home("U1CHAIR").get("Open the consensus view"));
		FakeSlackApi.Call view = slack.awaitAfter(viewing, "chat.postMessage", c -> "U1CHAIR".equals(c.param("channel"))
				&& c.json("blocks").toString().contains("Consensus view"), WAIT);
		assertThat(view.json("blocks").size()).isLessThanOrEqualTo(50);
		long settling = slack.mark();
		requests.click("U1CHAIR", view.param("_channel"), view.param("_ts"),
				FakeSlackApi.buttons(view.json("blocks")).get("Settle a criterion…"));
		FakeSlackApi.Call settleForm = slack.awaitAfter(settling, "views.open", c -> true, WAIT);
		String wt = FrameworkCatalog.builtIn().find("cdrp-2002").orElseThrow().scale().levels().stream()
			.filter(l -> l.label().equals("Working towards")).findFirst().orElseThrow().key();
		long settled = slack.mark();
		requests.submitForm("U1CHAIR", metadata(settleForm), Map.of("criterion", "option:1.1", "level", "option:" + wt,
				"note", "Weighed at the board meeting"));
		assertThat(dm("U1CHAIR", settled, "settled by the chair").toString()).contains("1.1 settled by the chair: *Working towards*");

		// Endorsement: the Home asks; the authority endorses from the request.
		long asking = slack.mark();
		requests.clickInHome("U1CHAIR", home("U1CHAIR").get("Ask for endorsement"));
		FakeSlackApi.Call request = slack.awaitAfter(asking, "chat.postMessage", c -> "U1POL".equals(c.param("channel"))
				&& c.json("blocks").toString().contains("Endorsement asked"), WAIT);
		// The chair changes the form after asking: the first request's button now endorses nothing.
		assertThat(SlackRequests.shown(requests.command("U1CHAIR", "settle 1.1 working towards Weighed again, with the fire service")))
			.contains("endorsements asked for are void");
		long reasking = slack.mark();
		requests.command("U1CHAIR", "endorse");
		FakeSlackApi.Call current = slack.awaitAfter(reasking, "chat.postMessage", c -> "U1POL".equals(c.param("channel"))
				&& c.json("blocks").toString().contains("Endorsement asked"), WAIT);
		long stale = slack.mark();
		requests.click("U1POL", request.param("_channel"), request.param("_ts"),
				FakeSlackApi.buttons(request.json("blocks")).get("Endorse for police"));
		assertThat(slack.awaitAfter(stale, "chat.update", c -> request.param("_ts").equals(c.param("ts")), WAIT).toString())
			.contains("This request showed an earlier form");
		assertThat(slack.awaitAfter(stale, "chat.postMessage", c -> "U1POL".equals(c.param("channel"))
				&& c.json("blocks").toString().contains("Endorsement asked"), WAIT).json("blocks").toString())
			.contains("1.1 Working towards (settled by the chair)");
		assertThat(SlackRequests.shown(requests.command("U1CHAIR", "endorsements"))).contains("has not answered yet");

		long endorsing = slack.mark();
		requests.click("U1POL", current.param("_channel"), current.param("_ts"),
				FakeSlackApi.buttons(current.json("blocks")).get("Endorse for police"));
		assertThat(dm("U1CHAIR", endorsing, "endorsed for police").toString())
			.contains("Every responsible authority has endorsed: the assessment is final");
		assertThat(dm("U1SAM", endorsing, "is final").toString()).contains("The board's self-assessment *Clicked through* is final",
				"Gap identified 0 · Working towards 1 · Some success 48 · Doing well 0");

		// The plan: the Home drafts it; a draft's Accept opens the modal with its owner and date pickers.
		long drafting = slack.mark();
		requests.clickInHome("U1CHAIR", home("U1CHAIR").get("Draft the action plan"));
		FakeSlackApi.Call drafts = slack.awaitAfter(drafting, "chat.postMessage", c -> "U1CHAIR".equals(c.param("channel"))
				&& c.json("blocks").toString().contains("Draft actions"), WAIT);
		assertThat(drafts.json("blocks").toString()).contains("1 new; 1 awaiting you", "1.1");
		long accepting = slack.mark();
		requests.click("U1CHAIR", drafts.param("_channel"), drafts.param("_ts"),
				FakeSlackApi.buttons(drafts.json("blocks")).get("Accept…"));
		FakeSlackApi.Call acceptForm = slack.awaitAfter(accepting, "views.open", c -> true, WAIT);
		assertThat(acceptForm.json("view").toString()).contains("users_select", "datepicker");
		// Words of spaces pass Slack's own check of a required box: Accord refuses them inside the modal, which
		// stays open with everything the chair gave, and nothing is saved or sent.
		long blank = slack.mark();
		java.net.http.HttpResponse<String> refused = requests.submitForm("U1CHAIR", metadata(acceptForm), Map.of("text", "   ",
				"owner", "U1ALEX", "due", "2099-03-31", "milestone", "Signed by all five"));
		JsonNode errors = SlackRequests.json(refused.body());
		assertThat(errors.path("response_action").asText()).isEqualTo("errors");
		assertThat(errors.path("errors").path("text").asText()).isEqualTo("Write what will be done.");
		List<String> blockIds = new java.util.ArrayList<>();
		acceptForm.json("view").path("blocks").forEach(b -> blockIds.add(b.path("block_id").asText()));
		errors.path("errors").fieldNames().forEachRemaining(id -> assertThat(blockIds).as("errors name the modal's blocks").contains(id));
		assertThat(acceptForm.json("view").toString()).doesNotContain("(optional)");
		List<JsonNode> textBlock = new java.util.ArrayList<>();
		acceptForm.json("view").path("blocks").forEach(b -> {
			if (b.path("block_id").asText().equals("text")) {
				textBlock.add(b);
			}
		});
		assertThat(textBlock.get(0).path("optional").asBoolean()).as("the action's words are required").isFalse();
		assertThat(SlackRequests.shown(requests.command("U1CHAIR", "actions"))).contains("no owner yet");
		assertThat(slack.calls().stream().filter(c -> c.seq() > blank && (c.method().equals("chat.update")
				|| c.method().startsWith("chat.") && c.params().toString().matches("(?s).*(Accepted action|You own action).*")))).isEmpty();
		long accepted = slack.mark();
		requests.submitForm("U1CHAIR", metadata(acceptForm), Map.of("text", "Agree the information sharing protocol",
				"owner", "U1ALEX", "due", "2099-03-31", "milestone", "Signed by all five"));
		assertThat(dm("U1CHAIR", accepted, "Accepted action").toString())
			.contains("Accepted action 1: Agree the information sharing protocol, owned by <@U1ALEX>, due 2099-03-31");
		assertThat(dm("U1ALEX", accepted, "You own action 1")).isNotNull();

		Map<String, String> last = home("U1CHAIR");
		assertThat(last).containsOnlyKeys("Start the next assessment…");

		// A plan longer than a section holds is shown whole, over as many sections as it needs (it stopped at 2,999).
		for (int n = 2; n <= 40; n++) {
			requests.command("U1CHAIR", "action add \"Action " + n + ": " + "review the protocol with every partner agency ".repeat(3)
					+ "end " + n + "\" <@U1SAM> due 2099-06-30");
		}
		java.net.http.HttpResponse<String> listed = requests.command("U1CHAIR", "actions");
		StringBuilder plan = new StringBuilder(SlackRequests.shown(listed));
		assertThat(SlackRequests.json(listed.body()).path("blocks").size()).isGreaterThan(1);
		for (int n = 2; n <= 40; n++) {
			assertThat(plan.toString()).as("action " + n).contains("end " + n + " ·");
		}
		assertThat(plan.toString()).doesNotContain("…");

		// Handing the chair over asks first; the answer to the ephemeral question replaces it through its response_url.
		java.net.http.HttpResponse<String> askedToHand = requests.command("U1CHAIR", "board add <@U1SAM> as chair");
		assertThat(SlackRequests.shown(askedToHand)).contains("Hand the chair to <@U1SAM>? You would become a member");
		Map<String, String> handButtons = FakeSlackApi.buttons(SlackRequests.json(askedToHand.body()).path("blocks"));
		long handing = slack.mark();
		int hooked = slack.responses().size();
		requests.clickEphemeral("U1CHAIR", "D1CHAIR", slack.responseUrl(TEAM), handButtons.get("Hand over the chair"));
		assertThat(dm("U1SAM", handing, "handed you the chair").toString()).contains("<@U1CHAIR> has handed you the chair of the board");
		JsonNode replaced = SlackRequests.json(awaitResponse(hooked));
		assertThat(replaced.path("replace_original").asBoolean()).isTrue();
		assertThat(replaced.path("text").asText()).isEqualTo("You have handed the chair to <@U1SAM> and are now a member.");
		assertThat(SlackRequests.shown(requests.command("U1CHAIR", "board"))).contains("<@U1SAM> · chair", "<@U1CHAIR> · member");
	}

	/** The body of the next post to a response_url after the first {@code seen}. */
	private static String awaitResponse(int seen) {
		long until = System.nanoTime() + WAIT.toNanos();
		while (slack.responses().size() <= seen) {
			if (System.nanoTime() > until) {
				throw new AssertionError("Nothing was posted to a response_url");
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
		return slack.responses().get(seen)[1];
	}

	/** The person opens their Home tab; returns its buttons by label. */
	private Map<String, String> home(String user) {
		long mark = slack.mark();
		ObjectNode event = (ObjectNode) SlackRequests.fixture("app_home_opened.json");
		event.put("team_id", TEAM).put("event_id", "EvHOME" + events.incrementAndGet());
		((ObjectNode) event.get("event")).put("user", user).put("tab", "home");
		assertThat(requests.event(event.toString()).statusCode()).isEqualTo(200);
		FakeSlackApi.Call published = slack.awaitAfter(mark, "views.publish", c -> user.equals(c.param("user_id")), WAIT);
		return FakeSlackApi.buttons(published.json("view").path("blocks"));
	}

	/** The first message to the person's DM after {@code mark} that holds these words, as its blocks. */
	private static JsonNode dm(String user, long mark, String words) {
		return slack.awaitAfter(mark, "chat.postMessage", c -> user.equals(c.param("channel"))
				&& c.json("blocks").toString().contains(words), WAIT).json("blocks");
	}

	private static String metadata(FakeSlackApi.Call opened) {
		return opened.json("view").path("private_metadata").asText();
	}

}
