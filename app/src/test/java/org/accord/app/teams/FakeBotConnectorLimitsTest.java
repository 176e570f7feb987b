package org.accord.app.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The fake connector takes what Teams takes and refuses what it refuses: 80 KB and more, cards past 1.5. */
class FakeBotConnectorLimitsTest {

	static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void givenACardOf15_thenTaken_andOf16OrWithAnElementFromLater_thenRefused() {
		assertThat(FakeBotConnector.refusal(2000, activity("1.5", "TextBlock"))).isNull();
		assertThat(FakeBotConnector.refusal(2000, activity("1.6", "TextBlock"))).startsWith("BadArgument: an Adaptive Card of version '1.6'");
		assertThat(FakeBotConnector.refusal(2000, activity("1.5", "CompoundButton")))
			.isEqualTo("BadArgument: no Adaptive Card 1.5 element is of type 'CompoundButton'");
	}

	@Test
	void givenAMessageOf80KbOrMore_thenRefusedAsTooBig() {
		assertThat(FakeBotConnector.refusal(80 * 1024 - 1, activity("1.5", "TextBlock"))).isNull();
		assertThat(FakeBotConnector.refusal(80 * 1024, activity("1.5", "TextBlock"))).startsWith("MessageSizeTooBig");
	}

	private static ObjectNode activity(String version, String element) {
		ObjectNode activity = JSON.createObjectNode().put("type", "message");
		ObjectNode card = activity.putArray("attachments").addObject()
			.put("contentType", "application/vnd.microsoft.card.adaptive").putObject("content");
		card.put("type", "AdaptiveCard").put("version", version);
		card.putArray("body").addObject().put("type", element).put("text", "Hello");
		card.putArray("actions").addObject().put("type", "Action.Submit").put("title", "Go").putObject("data").put("accord", "x");
		return activity;
	}

}
