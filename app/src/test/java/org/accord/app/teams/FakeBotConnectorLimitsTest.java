package org.accord.app.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fake connector takes what Teams takes and refuses what it refuses: 80 KB and more, cards past 1.5, a file
 * as a data: URI in a personal chat; and its upload sessions take a whole file with its true Content-Range only.
 */
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

	@Test
	void givenAFileAsADataUriInAPersonalChat_thenRefused_andTheConsentCardsAndAFileInOneDriveTaken() {
		ObjectNode inline = file("personal", "data:text/csv;base64,YSxi");
		assertThat(FakeBotConnector.refusal(2000, inline)).startsWith("BadArgument: a file as a data: URI in a personal chat");
		ObjectNode unsaid = file("personal", "DATA:text/csv;base64,YSxi");
		((ObjectNode) unsaid.get("conversation")).remove("conversationType");
		assertThat(FakeBotConnector.refusal(2000, unsaid)).startsWith("BadArgument: a file as a data: URI");
		assertThat(FakeBotConnector.refusal(2000, file("channel", "data:text/csv;base64,YSxi"))).isNull();
		assertThat(FakeBotConnector.refusal(2000, file("personal",
				"https://contoso-my.sharepoint.com/personal/adele/Documents/Applications/Accord/figures.csv"))).isNull();

		ObjectNode consent = JSON.createObjectNode().put("type", "message");
		consent.putObject("conversation").put("conversationType", "personal");
		consent.putArray("attachments").addObject().put("contentType", "application/vnd.microsoft.teams.card.file.consent")
			.put("name", "figures.csv").putObject("content").put("description", "Figures").put("sizeInBytes", 3);
		assertThat(FakeBotConnector.refusal(2000, consent)).isNull();
	}

	@Test
	void givenAnUpload_thenTakenWithTheWholeFilesRangeAndLengthOnly() {
		assertThat(FakeBotConnector.uploadRefusal("bytes 0-9/10", "10", 10)).isNull();
		assertThat(FakeBotConnector.uploadRefusal("bytes 0-10/10", "10", 10)).startsWith("Content-Range 'bytes 0-10/10'");
		assertThat(FakeBotConnector.uploadRefusal("bytes 0-9/11", "10", 10)).startsWith("Content-Range");
		assertThat(FakeBotConnector.uploadRefusal(null, "10", 10)).startsWith("Content-Range 'null'");
		assertThat(FakeBotConnector.uploadRefusal("bytes 0-9/10", null, 10)).startsWith("Content-Length 'null'");
		assertThat(FakeBotConnector.uploadRefusal("bytes 0-9/10", "11", 10)).startsWith("Content-Length '11'");
		assertThat(FakeBotConnector.uploadRefusal("bytes 0--1/0", "0", 0)).startsWith("Content-Range");
	}

	private static ObjectNode file(String conversationType, String contentUrl) {
		ObjectNode activity = JSON.createObjectNode().put("type", "message");
		activity.putObject("conversation").put("id", "a:chat").put("conversationType", conversationType);
		activity.putArray("attachments").addObject().put("contentType", "text/csv").put("name", "figures.csv")
			.put("contentUrl", contentUrl);
		return activity;
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
