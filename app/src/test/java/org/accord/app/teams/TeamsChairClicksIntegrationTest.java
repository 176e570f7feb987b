package org.accord.app.teams;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
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
 * The Teams twin of the Slack chair who never types a command: the Home card ("home" from the bot's command
 * menu) offers each next step; its buttons, the cards and the Adaptive Card forms they bring take the chair
 * from start to an endorsed form and an accepted plan. The board is set up by mentioning its members.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TeamsChairClicksIntegrationTest {

	static FakeBotConnector connector;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		connector = new FakeBotConnector();
		TeamsRequests.embeddedStore(registry);
		registry.add("accord.teams.app-id", () -> "");
		registry.add("accord.teams.emulator", () -> "on");
		registry.add("accord.nudge-sweep-seconds", () -> "0");
	}

	@AfterAll
	static void stop() {
		connector.close();
	}

	@LocalServerPort
	int port;

	static final TeamsMembers.Member CHAIR = new TeamsMembers.Member("aad-adele", "Adele Vance", "a:chat-adele");

	static final TeamsMembers.Member MEGAN = new TeamsMembers.Member("aad-megan", "Megan Bowen", "a:chat-megan");

	static final TeamsMembers.Member LEE = new TeamsMembers.Member("aad-lee", "Lee Gu", "a:chat-lee");

	static final TeamsMembers.Member ALEX = new TeamsMembers.Member("aad-alex", "Alex Wilber", "a:chat-alex");

	@Test
	void givenAChairWhoOnlyClicks_thenTheFormIsEndorsedAndThePlanAccepted() {
		TeamsMembers teams = new TeamsMembers(port, connector);
		for (TeamsMembers.Member m : List.of(MEGAN, LEE, ALEX)) {
			// Each says hello first: Teams lets a bot write to someone only once they have.
			teams.type(m, "hello");
		}
		// Nor does asking for help, or words Accord does not know: the answer is the Home, which asks.
		for (String words : List.of("help", "what do I do now?")) {
			long asked = teams.mark();
			teams.type(LEE, words);
			assertThat(TeamsMembers.buttons(teams.next(LEE, asked).body())).as(words).containsKey("Set up the board, as its chair");
		}
		// Saying hello made nobody a chair; the chair sets the board up from the Home, asked.
		long founded = teams.press(CHAIR, home(teams), "Set up the board, as its chair");
		assertThat(teams.message(CHAIR, founded, "The board is set up").body().toString()).contains("with you as its chair");
		// In a personal chat the board is built with invitation codes: Teams offers no mention of others there.
		join(teams, "invite as member for 2", MEGAN, LEE);
		join(teams, "invite as authority police", ALEX);
		// On the board, hello is answered with the person's own next steps, for their role.
		long greeted = teams.mark();
		teams.type(ALEX, "hello");
		assertThat(teams.next(ALEX, greeted).body().toString()).contains("You are responsible-authority representative",
				"endorse", "help all").doesNotContain("I don't know");

		FakeBotConnector.Call home = home(teams);
		FakeBotConnector.Call startForm = teams.form(CHAIR, teams.press(CHAIR, home, "Start an assessment…"));
		assertThat(input(startForm.body(), "framework").path("type").asText()).isEqualTo("Input.ChoiceSet");
		assertThat(input(startForm.body(), "due").path("type").asText()).isEqualTo("Input.Date");
		long begin = teams.submit(CHAIR, startForm, Map.of("framework", "cdrp-2002", "due", "2099-01-31", "title", "Clicked in Teams"));
		assertThat(teams.message(CHAIR, begin, "Started").body().toString())
			.contains("Started **Clicked in Teams** (cdrp-2002, 49 criteria, due 2099-01-31)");

		List<String> ids = FrameworkCatalog.builtIn().find("cdrp-2002").orElseThrow().criteria().stream().map(Criterion::id).toList();
		List<TeamsMembers.Member> raters = List.of(CHAIR, MEGAN, LEE, ALEX);
		for (int u = 0; u < raters.size(); u++) {
			TeamsMembers.Member user = raters.get(u);
			FakeBotConnector.Call prompt = teams.card(user, ids.get(0) + " ", begin);
			for (int i = 0; i < ids.size(); i++) {
				if (user.equals(LEE) && i == 2) {
					// Back brings 1.2 anew; the copy it replaces says so, in place, with no button left on it.
					FakeBotConnector.Call first12 = teams.card(user, ids.get(1) + " ", begin);
					long back = teams.press(user, prompt, "Back");
					FakeBotConnector.Call again = teams.card(user, ids.get(1) + " ", back);
					FakeBotConnector.Call moved = connector.await(c -> c.seq() > back && c.updates()
							&& first12.answeredId().equals(c.activityId()), TeamsMembers.WAIT);
					assertThat(moved.body().toString()).contains("1.2 moved").doesNotContain("Action.Execute");
					long answered = teams.press(user, again, "Some success");
					FakeBotConnector.Call first13 = prompt;
					prompt = teams.card(user, ids.get(2) + " ", answered);
					assertThat(connector.await(c -> c.seq() > answered && c.updates() && first13.answeredId().equals(c.activityId()),
							TeamsMembers.WAIT).body().toString()).contains("1.3 moved");
				}
				long mark = teams.press(user, prompt, i == 0 && u < 2 ? "Working towards" : "Some success");
				if (i + 1 < ids.size()) {
					prompt = teams.card(user, ids.get(i + 1) + " ", mark);
				}
			}
		}

		FakeBotConnector.Call beforeClosing = home(teams);
		long closed = teams.press(CHAIR, beforeClosing, "Close round 1");
		assertThat(teams.message(CHAIR, closed, "is closed").body().toString())
			.contains("Round 1 is closed: 48 of 49 criteria agreed, 1 still to settle");
		// The Home card the step was taken from now offers the step after it, in place: the invoke's answer.
		assertThat(TeamsMembers.buttons(teams.updated())).containsKey("Open the consensus view");

		long viewed = teams.press(CHAIR, home(teams), "Open the consensus view");
		FakeBotConnector.Call view = teams.card(CHAIR, "Consensus view", viewed);
		FakeBotConnector.Call settleForm = teams.form(CHAIR, teams.press(CHAIR, view, "Settle a criterion…"));
		String wt = null;
		for (JsonNode choice : input(settleForm.body(), "level").path("choices")) {
			if (choice.path("title").asText().equals("Working towards")) {
				wt = choice.path("value").asText();
			}
		}
		long settled = teams.submit(CHAIR, settleForm, Map.of("criterion", "1.1", "level", wt, "note", "Weighed at the meeting"));
		assertThat(teams.message(CHAIR, settled, "settled by the chair").body().toString())
			.contains("1.1 settled by the chair: **Working towards**");

		long asked = teams.press(CHAIR, home(teams), "Ask for endorsement");
		FakeBotConnector.Call first = teams.card(ALEX, "Please endorse", asked);
		// The chair changes the form after asking: the first request's button endorses nothing, and brings the form anew.
		long resettled = teams.mark();
		teams.type(CHAIR, "settle 1.1 working towards Weighed again, with the fire service");
		assertThat(teams.message(CHAIR, resettled, "settled by the chair").body().toString())
			.contains("endorsements asked for are void");
		long reasked = teams.press(CHAIR, home(teams), "Ask for endorsement");
		teams.card(ALEX, "Please endorse", reasked);
		long stale = teams.press(ALEX, first, "Endorse for police");
		assertThat(teams.updated().toString()).contains("This request showed an earlier form");
		FakeBotConnector.Call request = teams.card(ALEX, "Please endorse", stale);
		assertThat(request.body().toString()).contains("1.1 Working towards (settled by the chair)");
		long endorsed = teams.press(ALEX, request, "Endorse for police");
		assertThat(teams.message(CHAIR, endorsed, "the assessment is final").body().toString())
			.contains("<at>Alex Wilber</at> endorsed for police");
		// The final documents come as Teams takes files in a personal chat: a consent card each.
		assertThat(teams.consentCards(CHAIR, endorsed, 3)).extracting(c -> TeamsMembers.consentAttachment(c).path("name").asText())
			.anyMatch(name -> name.endsWith(".docx"));

		long drafted = teams.press(CHAIR, home(teams), "Draft the action plan");
		FakeBotConnector.Call drafts = teams.card(CHAIR, "Draft actions", drafted);
		assertThat(drafts.body().toString()).contains("1 new; 1 awaiting you");
		FakeBotConnector.Call acceptForm = teams.form(CHAIR, teams.press(CHAIR, drafts, "Accept…"));
		assertThat(input(acceptForm.body(), "due").path("type").asText()).isEqualTo("Input.Date");
		assertThat(input(acceptForm.body(), "text").path("isRequired").asBoolean()).isTrue();
		// A refused form comes back in place, with what the chair gave and the problem under its input; nothing is saved.
		long blank = teams.submit(CHAIR, acceptForm, Map.of("text", "   ", "owner", "aad-megan", "due", "2099-03-31",
				"milestone", "Signed by all five"));
		assertThat(teams.updated().toString()).contains("Write what will be done.", "Signed by all five", "2099-03-31",
				"Input.Text", "accordForm");
		assertThat(connector.calls()).filteredOn(c -> c.seq() > blank && c.sends() && c.body() != null
				&& c.body().toString().matches("(?s).*(Accepted action|You own action|Nothing was saved).*")).isEmpty();
		long accepted = teams.submit(CHAIR, acceptForm, Map.of("text", "Agree the information sharing protocol", "owner", "aad-megan",
				"due", "2099-03-31", "milestone", "Signed by all five"));
		assertThat(teams.message(CHAIR, accepted, "Accepted action").body().toString())
			.contains("Accepted action 1: Agree the information sharing protocol, owned by <at>Megan Bowen</at>, due 2099-03-31");
		assertThat(teams.card(MEGAN, "You own action 1", accepted)).isNotNull();

		assertThat(TeamsMembers.buttons(home(teams).body())).containsOnlyKeys("Start the next assessment…");
	}

	/** The chair makes a code; each person sends it, and is on the board in its role. */
	private static void join(TeamsMembers teams, String invite, TeamsMembers.Member... people) {
		long made = teams.mark();
		teams.type(CHAIR, invite);
		String code = teams.message(CHAIR, made, "Invitation code").body().toString()
			.replaceAll("(?s).*Invitation code \\*\\*([A-Z0-9]+)\\*\\*.*", "$1");
		for (TeamsMembers.Member person : people) {
			long joining = teams.mark();
			teams.type(person, "join " + code);
			assertThat(teams.message(person, joining, "Welcome to the board").body().toString()).contains("Welcome to the board");
		}
	}

	/** The chair picks "home" from the bot's command menu; returns the Home card. */
	private static FakeBotConnector.Call home(TeamsMembers teams) {
		long mark = teams.mark();
		teams.type(CHAIR, "home");
		return teams.card(CHAIR, "Accord", mark);
	}

	private static JsonNode input(JsonNode activity, String id) {
		for (JsonNode element : activity.findValues("body").get(0)) {
			if (id.equals(element.path("id").asText())) {
				return element;
			}
		}
		throw new AssertionError("No input " + id + " in " + activity);
	}

}
