package org.accord.app.slack;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What Slack refuses in Block Kit, as its reference states it (docs.slack.dev, "Blocks", each block's and
 * element's fields; "Views" for modals and Home): a message of more than 50 blocks or a view of more than 100,
 * a block id used twice in one message or view, an action id used twice in one block, an actions block of more
 * than 25 elements, a header over 150 characters, a section's text over 3,000, a button's text over 75 or its
 * value over 2,000, a modal's title, submit or close over 24, its private metadata over 3,000. Slack answers such
 * a message with {@code invalid_blocks} and such a view with {@code invalid_arguments}, and shows nothing.
 */
public final class BlockKitLimits {

	public static final int MESSAGE_BLOCKS = 50;

	public static final int VIEW_BLOCKS = 100;

	private BlockKitLimits() {
	}

	/** What Slack would refuse in a message's blocks; empty when it takes them. */
	public static List<String> ofMessage(JsonNode blocks) {
		return ofBlocks(blocks, MESSAGE_BLOCKS, "message");
	}

	/** What Slack would refuse in a view (a modal or the Home tab); empty when it takes it. */
	public static List<String> ofView(JsonNode view) {
		List<String> problems = new ArrayList<>(ofBlocks(view.path("blocks"), VIEW_BLOCKS, "view"));
		String type = view.path("type").asText();
		if (!type.equals("modal") && !type.equals("home")) {
			problems.add("a view's type must be modal or home, not '" + type + "'");
		}
		if (type.equals("modal")) {
			longer(problems, view.path("title").path("text").asText(""), 24, "a modal's title");
			if (view.path("title").path("text").asText("").isEmpty()) {
				problems.add("a modal needs a title");
			}
			longer(problems, view.path("submit").path("text").asText(""), 24, "a modal's submit");
			longer(problems, view.path("close now").path("text").asText(""), 24, "a modal's close");
			boolean inputs = false;
			for (JsonNode block : view.path("blocks")) {
				inputs |= block.path("type").asText().equals("input");
			}
			if (inputs && view.path("submit").isMissingNode()) {
				problems.add("a modal with inputs needs a submit button");
			}
		}
		longer(problems, view.path("private_metadata").asText(""), 3000, "a view's private_metadata");
		longer(problems, view.path("callback_id").asText(""), 255, "a view's callback_id");
		return problems;
	}

	private static List<String> ofBlocks(JsonNode blocks, int most, String where) {
		List<String> problems = new ArrayList<>();
		if (blocks == null || blocks.isMissingNode() || blocks.isNull()) {
			return problems;
		}
		if (!blocks.isArray()) {
			problems.add("blocks must be an array");
			return problems;
		}
		if (blocks.size() > most) {
			problems.add("a " + where + " holds at most " + most + " blocks, not " + blocks.size());
		}
		Set<String> blockIds = new HashSet<>();
		for (JsonNode block : blocks) {
			String type = block.path("type").asText();
			String blockId = block.path("block_id").asText(null);
			if (blockId != null) {
				longer(problems, blockId, 255, "a block_id");
				if (!blockIds.add(blockId)) {
					problems.add("block_id '" + blockId + "' is used twice in one " + where);
				}
			}
			switch (type) {
				case "header" -> longer(problems, block.path("text").path("text").asText(""), 150, "a header's text");
				case "section" -> {
					longer(problems, block.path("text").path("text").asText(""), 3000, "a section's text");
					if (block.path("text").isMissingNode() && block.path("fields").isMissingNode()) {
						problems.add("a section needs text or fields");
					}
					if (block.path("fields").size() > 10) {
						problems.add("a section holds at most 10 fields");
					}
					elements(problems, List.of(block.path("accessory")), "a section's accessory");
				}
				case "actions" -> {
					if (block.path("elements").size() > 25) {
						problems.add("an actions block holds at most 25 elements, not " + block.path("elements").size());
					}
					List<JsonNode> elements = new ArrayList<>();
					block.path("elements").forEach(elements::add);
					elements(problems, elements, "an actions block");
				}
				case "context" -> {
					if (block.path("elements").size() > 10) {
						problems.add("a context block holds at most 10 elements");
					}
					for (JsonNode text : block.path("elements")) {
						longer(problems, text.path("text").asText(""), 3000, "a context element's text");
					}
				}
				case "input" -> {
					longer(problems, block.path("label").path("text").asText(""), 2000, "an input's label");
					longer(problems, block.path("hint").path("text").asText(""), 2000, "an input's hint");
					JsonNode element = block.path("element");
					if (element.has("max_length") && element.path("max_length").asInt() > 3000) {
						problems.add("a plain_text_input takes a max_length of at most 3000");
					}
					longer(problems, element.path("initial_value").asText(""), 3000, "a plain_text_input's initial_value");
				}
				case "divider", "image", "file", "rich_text", "video" -> {
				}
				default -> problems.add("no block has type '" + type + "'");
			}
		}
		return problems;
	}

	/** Buttons and other interactive elements of one block: their texts, values and action ids. */
	private static void elements(List<String> problems, List<JsonNode> elements, String where) {
		Set<String> actionIds = new HashSet<>();
		for (JsonNode element : elements) {
			if (element == null || element.isMissingNode()) {
				continue;
			}
			String actionId = element.path("action_id").asText(null);
			if (actionId != null) {
				longer(problems, actionId, 255, "an action_id");
				if (!actionIds.add(actionId)) {
					problems.add("action_id '" + actionId + "' is used twice in " + where);
				}
			}
			if (element.path("type").asText().equals("button")) {
				longer(problems, element.path("text").path("text").asText(""), 75, "a button's text");
				longer(problems, element.path("value").asText(""), 2000, "a button's value");
				if (element.path("text").path("text").asText("").isEmpty()) {
					problems.add("a button needs text");
				}
			}
		}
	}

	private static void longer(List<String> problems, String text, int most, String what) {
		if (text.length() > most) {
			problems.add(what + " takes at most " + most + " characters, not " + text.length());
		}
	}

}
