package org.accord.app.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The fake's Block Kit check takes what Slack takes (its own payloads) and refuses what Slack refuses. */
class BlockKitLimitsTest {

	static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void givenTheBlocksOfSlacksOwnPayloads_thenTaken() {
		for (JsonNode view : new JsonNode[] { SlackRequests.fixture("view_submission.json").path("view"),
				SlackRequests.fixture("web_api/views.open.json").path("view"),
				SlackRequests.fixture("web_api/views.publish.json").path("view") }) {
			assertThat(view.path("blocks").size()).isPositive();
			assertThat(BlockKitLimits.ofView(view)).isEmpty();
			assertThat(BlockKitLimits.ofMessage(view.path("blocks"))).isEmpty();
		}
	}

	@Test
	void givenAMessageOver50Blocks_orAViewOver100_thenRefused() {
		assertThat(BlockKitLimits.ofMessage(sections(50))).isEmpty();
		assertThat(BlockKitLimits.ofMessage(sections(51))).containsExactly("a message holds at most 50 blocks, not 51");
		ObjectNode home = JSON.createObjectNode().put("type", "home");
		home.set("blocks", sections(100));
		assertThat(BlockKitLimits.ofView(home)).isEmpty();
		home.set("blocks", sections(101));
		assertThat(BlockKitLimits.ofView(home)).containsExactly("a view holds at most 100 blocks, not 101");
	}

	@Test
	void givenTwiceTheSameBlockIdOrActionId_aLongButtonOrTooManyButtons_thenEachRefused() {
		ArrayNode blocks = sections(2);
		((ObjectNode) blocks.get(0)).put("block_id", "same");
		((ObjectNode) blocks.get(1)).put("block_id", "same");
		ObjectNode actions = blocks.addObject().put("type", "actions");
		ArrayNode elements = actions.putArray("elements");
		button(elements, "a", "x".repeat(75));
		button(elements, "a", "x".repeat(76));
		for (int i = 0; i < 24; i++) {
			button(elements, "b" + i, "ok");
		}

		assertThat(BlockKitLimits.ofMessage(blocks)).containsExactlyInAnyOrder("block_id 'same' is used twice in one message",
				"action_id 'a' is used twice in an actions block", "a button's text takes at most 75 characters, not 76",
				"an actions block holds at most 25 elements, not 26");
	}

	@Test
	void givenALongHeaderSectionOrModalTitle_thenRefused() {
		ArrayNode blocks = JSON.createArrayNode();
		blocks.addObject().put("type", "header").putObject("text").put("type", "plain_text").put("text", "h".repeat(151));
		blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn").put("text", "s".repeat(3001));
		assertThat(BlockKitLimits.ofMessage(blocks)).containsExactly("a header's text takes at most 150 characters, not 151",
				"a section's text takes at most 3000 characters, not 3001");

		ObjectNode modal = JSON.createObjectNode().put("type", "modal");
		modal.putObject("title").put("type", "plain_text").put("text", "t".repeat(25));
		modal.putArray("blocks");
		assertThat(BlockKitLimits.ofView(modal)).containsExactly("a modal's title takes at most 24 characters, not 25");
	}

	private static ArrayNode sections(int count) {
		ArrayNode blocks = JSON.createArrayNode();
		for (int i = 0; i < count; i++) {
			blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn").put("text", "Block " + i);
		}
		return blocks;
	}

	private static void button(ArrayNode elements, String actionId, String text) {
		ObjectNode button = elements.addObject().put("type", "button").put("action_id", actionId).put("value", "v");
		button.putObject("text").put("type", "plain_text").put("text", text);
	}

}
