package org.accord.app.teams;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
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
 * Accord's own Teams bot meets activities that are well-formed JSON but not what Teams sends: no sender, an
 * invoke whose value is a string, a card action without its action. Each is the sender's mistake: a 4xx or a
 * quiet 202, never a 500, and the store is as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TeamsMalformedActivityIntegrationTest {

	static FakeBotConnector connector;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		connector = new FakeBotConnector();
		TeamsRequests.embeddedStore(registry);
		registry.add("accord.teams.app-id", () -> "");
		registry.add("accord.teams.app-password", () -> "");
		registry.add("accord.teams.emulator", () -> "on");
		registry.add("accord.nudge-sweep-seconds", () -> "0");
	}

	@AfterAll
	static void stop() {
		connector.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	MongoClient mongo;

	@Test
	void givenActivitiesTeamsNeverSends_thenA4xxOrNothingAndTheStoreUnchanged() {
		TeamsRequests requests = new TeamsRequests(port);
		// A real message first, so there is a board and an address to keep unchanged.
		assertThat(requests.post(TeamsRequests.fixture("message_activity", connector.serviceUrl()), null).statusCode())
			.isEqualTo(202);
		Map<String, List<String>> before = dump();

		ObjectNode noFrom = TeamsRequests.fixture("message_activity", connector.serviceUrl());
		noFrom.remove("from");
		ObjectNode stringValue = TeamsRequests.fixture("invoke_adaptive_card_action", connector.serviceUrl());
		stringValue.put("value", "approve");
		ObjectNode noAction = TeamsRequests.fixture("invoke_adaptive_card_action", connector.serviceUrl());
		noAction.putObject("value").put("trigger", "manual");
		ObjectNode invokeNoFrom = TeamsRequests.fixture("invoke_adaptive_card_action", connector.serviceUrl());
		invokeNoFrom.remove("from");
		ObjectNode membersNoConversation = TeamsRequests.fixture("conversation_update_members_added", connector.serviceUrl());
		membersNoConversation.remove("conversation");

		assertThat(requests.post(noFrom, null).statusCode()).isBetween(200, 499);
		assertThat(requests.post(stringValue, null).statusCode()).isEqualTo(400);
		assertThat(requests.post(noAction, null).statusCode()).isEqualTo(400);
		assertThat(requests.post(invokeNoFrom, null).statusCode()).isEqualTo(400);
		assertThat(requests.post(membersNoConversation, null).statusCode()).isBetween(200, 499);
		assertThat(dump()).isEqualTo(before);
	}

	private Map<String, List<String>> dump() {
		MongoDatabase db = mongo.getDatabase("accord");
		Map<String, List<String>> all = new TreeMap<>();
		for (String name : db.listCollectionNames()) {
			List<String> docs = new ArrayList<>();
			db.getCollection(name).find().forEach((Document d) -> docs.add(d.toJson()));
			docs.sort(null);
			all.put(name, docs);
		}
		return all;
	}

}
