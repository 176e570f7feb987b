package org.accord.app.slack;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import org.accord.app.teams.FakeBotConnector;
import org.accord.app.teams.TeamsMembers;
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
 * One board across Slack and Teams: two members in Slack, two in Teams personal chat who joined with the
 * chair's codes; all four complete round 1 and a consensus round, and the view counts them alike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MixedBoardIntegrationTest {

	static final String TEAM = "T0MIXED";

	static final Duration WAIT = Duration.ofSeconds(10);

	static FakeSlackApi slack;

	static FakeBotConnector connector;

	@DynamicPropertySource
	static void platforms(DynamicPropertyRegistry registry) throws IOException {
		slack = new FakeSlackApi();
		connector = new FakeBotConnector();
		SlackTestProperties.register(registry, slack);
		// Teams members here post as the Bot Framework Emulator does, without tokens: its mode, asked for by name.
		registry.add("accord.teams.app-id", () -> "");
		registry.add("accord.teams.emulator", () -> "on");
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


	@Test
	void givenTwoMembersInSlackAndTwoInTeams_thenRound1AndAConsensusRoundCountThemAlike() throws Exception {
		SlackRequests requests = new SlackRequests(port, TEAM);
		SlackMembers slackMembers = new SlackMembers(slack, requests);
		requests.command("U0CHAIR", "board add <@U0SLK> as member");
		String memberCode = code(SlackRequests.shown(requests.command("U0CHAIR", "invite as member")));
		String policeCode = code(SlackRequests.shown(requests.command("U0CHAIR", "invite as authority police")));
		TeamsMembers.Member megan = new TeamsMembers.Member("aad-megan", "Megan Bowen", "a:chat-megan");
		TeamsMembers.Member lee = new TeamsMembers.Member("aad-lee", "Lee Gu", "a:chat-lee");
		TeamsMembers teams = new TeamsMembers(port, connector);
		long joined = teams.mark();
		teams.type(megan, "join " + memberCode);
		teams.type(lee, "<at>Accord</at> join " + policeCode.toLowerCase());
		assertThat(connector.await(c -> c.seq() > joined && "a:chat-lee".equals(c.conversationId()), WAIT).body().toString())
			.contains("Welcome to the board, as responsible-authority representative (police)");
		// Slack mentions only its own people: the Teams members are named by the names Teams gave when they joined.
		assertThat(SlackRequests.shown(requests.command("U0CHAIR", "board"))).contains("Megan Bowen · member",
				"Lee Gu · responsible-authority representative (police)").doesNotContain("<@aad-");

		long begin = slack.mark();
		long beginTeams = teams.mark();
		assertThat(SlackRequests.shown(requests.command("U0CHAIR", "start cdrp-2002 due 2099-01-31 Joint assessment")))
			.contains("4 people have been sent").doesNotContain("Not reachable");
		List<String> ids = FrameworkCatalog.builtIn().find("cdrp-2002").orElseThrow().criteria().stream().map(Criterion::id).toList();
		// 1.1 splits the board two against two, across the platforms; everything else is agreed.
		Map<String, String> first = Map.of("U0CHAIR", "Working towards", "U0SLK", "Some success", "aad-megan",
				"Working towards", "aad-lee", "Some success");
		for (String user : List.of("U0CHAIR", "U0SLK")) {
			SlackMembers.Prompt prompt = slackMembers.promptFor(user, ids.get(0), begin);
			for (int i = 0; i < ids.size(); i++) {
				long mark = slackMembers.click(user, prompt, i == 0 ? first.get(user) : "Some success");
				if (i + 1 < ids.size()) {
					prompt = slackMembers.promptFor(user, ids.get(i + 1), mark);
				}
			}
		}
		for (TeamsMembers.Member user : List.of(megan, lee)) {
			FakeBotConnector.Call prompt = teams.card(user, ids.get(0) + " ", beginTeams);
			for (int i = 0; i < ids.size(); i++) {
				long mark = teams.press(user, prompt, i == 0 ? first.get(user.aad()) : "Some success");
				// The answer to the press is the prompt as answered, shown in its place.
				assertThat(teams.updated()).as("the pressed prompt, answered").isNotNull();
				if (i + 1 < ids.size()) {
					prompt = teams.card(user, ids.get(i + 1) + " ", mark);
				}
			}
		}
		assertThat(SlackRequests.shown(requests.command("U0CHAIR", "status"))).contains("4 finished");
		assertThat(SlackRequests.shown(requests.command("U0CHAIR", "close now"))).contains("48 of 49 criteria agreed, 1 still to settle");
		assertThat(slackMembers.consensusView("U0CHAIR").words())
			.contains("*1.1* The partnership is well led with leaders of appropriate seniority who provide direction, motivation, and commitment. — split between Working towards and Some success", "Working towards 2 · Some success 2");

		long round2 = slack.mark();
		long round2Teams = teams.mark();
		assertThat(SlackRequests.shown(requests.command("U0CHAIR", "round 1.1"))).contains("Consensus round 2 is open on 1 criterion");
		for (String user : List.of("U0CHAIR", "U0SLK")) {
			SlackMembers.Prompt prompt = slackMembers.promptFor(user, "1.1", round2);
			assertThat(prompt.blocks()).contains("Working towards 2 · Some success 2");
			slackMembers.click(user, prompt, "Working towards");
		}
		for (TeamsMembers.Member user : List.of(megan, lee)) {
			FakeBotConnector.Call prompt = teams.card(user, "1.1 ", round2Teams);
			assertThat(prompt.body().toString()).contains("Working towards 2 · Some success 2", "consensus round 2");
			long mark = teams.press(user, prompt, "Working towards");
			teams.card(user, "You have been through every criterion", mark);
		}
		assertThat(SlackRequests.shown(requests.command("U0CHAIR", "close now"))).contains("Round 2 is closed: 1 of 1 criteria agreed");
		assertThat(slackMembers.consensusView("U0CHAIR", "consensus figures").words())
			.contains("49 agreed · 0 settled by the chair · 0 disputed", "*1.1* Agreed in round 2: *Working towards*");

		List<String> everyone = new ArrayList<>(List.of("U0CHAIR", "U0SLK", "aad-megan", "aad-lee", "a:chat-megan", "Megan", TEAM,
				TeamsMembers.TENANT));
		assertThat(mongo.getDatabase("accord").getCollection("responses").countDocuments()).isEqualTo(4 * 49 + 4);
		for (Document response : mongo.getDatabase("accord").getCollection("responses").find()) {
			String visible = org.accord.app.proof.StoreSnapshot.withoutCiphertext(response).toJson();
			everyone.forEach(id -> assertThat(visible).doesNotContain(id));
		}
	}

	private static String code(String reply) {
		Matcher m = Pattern.compile("code \\*([A-Z0-9]{8})\\*").matcher(reply);
		assertThat(m.find()).as(reply).isTrue();
		return m.group(1);
	}

}
