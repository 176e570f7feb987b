package org.accord.app.teams;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.accord.core.service.Sealer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chair in Teams asks for the documents and gets each on a file consent card, as Teams personal chat
 * takes files: accepting one puts exactly its bytes into the upload session Teams opened and shows the file;
 * a second answer to the same card, a decline, an offer that expired or never was, and an upload session
 * that refuses are each told plainly, and answered 200; an answer Teams never sends is a 400.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// One board, founded once by its chair: whoever writes next in the tenant joins it, never founds another.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamsDocumentsIntegrationTest {

	static final ObjectMapper JSON = new ObjectMapper();

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

	@Autowired
	MongoClient mongo;

	@Autowired
	Sealer sealer;

	TeamsMembers teams;

	final TeamsMembers.Member chair = new TeamsMembers.Member("aad-chair-documents", "Adele Vance", "a:chat-adele-docs");

	/** A board whose first round is closed, so that its consensus view offers the documents. */
	@BeforeAll
	void aBoardWithItsFirstRoundClosed() {
		teams = new TeamsMembers(port, connector);
		long started = teams.mark();
		teams.type(chair, "start cdrp-2002 due 2099-01-31 Teams documents");
		teams.next(chair, started);
		long closed = teams.mark();
		teams.type(chair, "close now");
		teams.message(chair, closed, "Round 1 is closed");
	}

	@Test
	void givenTheChairAsksForTheDocuments_thenEachComesOnAConsentCard_andAnAcceptedOneIsUploadedOnce() {
		long asked = teams.mark();
		teams.type(chair, "export");
		teams.message(chair, asked, "Here are the documents.");
		List<FakeBotConnector.Call> cards = teams.consentCards(chair, asked, 3);
		assertThat(cards).extracting(c -> TeamsMembers.consentAttachment(c).path("name").asText())
			.containsExactly("teams-documents-draft.docx", "teams-documents.xlsx", "teams-documents.csv");
		FakeBotConnector.Call csvCard = cards.get(2);
		JsonNode csv = TeamsMembers.consentAttachment(csvCard).path("content");
		assertThat(csv.path("description").asText()).isEqualTo("The same figures as CSV");
		// The card carries the kept file's id, never its bytes.
		assertThat(csv.path("acceptContext")).isEqualTo(csv.path("declineContext")).hasSize(1);
		String csvId = csv.path("acceptContext").path("pendingFile").asText();
		assertThat(csvId).hasSizeGreaterThanOrEqualTo(22);
		assertThat(csvCard.body().toString()).hasSizeLessThan(2_000);
		byte[] kept = kept(csvId);
		assertThat(csv.path("sizeInBytes").asLong()).isEqualTo(kept.length).isPositive();
		assertThat(new String(kept, StandardCharsets.UTF_8)).contains("1.1");
		assertThat(pending().find(Filters.eq("_id", csvId)).first().getString("content"))
			.startsWith(sealer.keyId() + ":").doesNotContain(Base64.getEncoder().encodeToString(kept));

		ObjectNode session = connector.uploadInfo("teams-documents.csv");
		int before = connector.uploads().size();
		long accepted = teams.mark();
		HttpResponse<String> answer = teams.invoke(chair, "fileConsent/invoke",
				TeamsMembers.consentValue(csvCard, true, session), csvCard.answeredId());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		assertThat(connector.uploads().subList(before, connector.uploads().size())).singleElement().satisfies(upload -> {
			assertThat(upload.session()).isEqualTo(session.path("uploadUrl").asText().replaceAll(".*/upload/", ""));
			assertThat(upload.bytes()).isEqualTo(kept);
			assertThat(upload.contentRange()).isEqualTo("bytes 0-" + (kept.length - 1) + "/" + kept.length);
		});
		FakeBotConnector.Call shown = connector.await(c -> c.seq() > accepted && c.sends()
				&& chair.conversation().equals(c.conversationId())
				&& "application/vnd.microsoft.teams.card.file.info".equals(c.body().path("attachments").path(0)
					.path("contentType").asText()), TeamsMembers.WAIT);
		JsonNode info = shown.body().path("attachments").path(0);
		assertThat(info.path("contentUrl").asText()).isEqualTo(session.path("contentUrl").asText());
		assertThat(info.path("name").asText()).isEqualTo("teams-documents.csv");
		assertThat(info.path("content").path("uniqueId").asText()).isEqualTo(session.path("uniqueId").asText());
		assertThat(info.path("content").path("fileType").asText()).isEqualTo("csv");
		assertThat(shown.text()).isEqualTo("Here is teams-documents.csv, in your OneDrive.");
		// The offer itself now says it was answered, without its buttons.
		assertThat(connector.await(c -> c.seq() > accepted && c.updates() && csvCard.answeredId().equals(c.activityId()),
				TeamsMembers.WAIT).text()).isEqualTo("teams-documents.csv: sent to your OneDrive.");

		// A double click: the second answer finds the file taken.
		long twice = teams.mark();
		assertThat(teams.answerConsent(chair, csvCard, true).statusCode()).isEqualTo(200);
		assertThat(said(chair, twice)).isEqualTo("You already accepted teams-documents.csv; Accord uploads a file once."
				+ " To have it again, ask for it again (*export* for the documents).");
		assertThat(connector.uploads()).hasSize(before + 1);

		FakeBotConnector.Call xlsxCard = cards.get(1);
		long declined = teams.mark();
		assertThat(teams.answerConsent(chair, xlsxCard, false).statusCode()).isEqualTo(200);
		assertThat(said(chair, declined)).isEqualTo("You declined the file teams-documents.xlsx; ask for it again"
				+ " (*export* for the documents) when you want it.");
		String xlsxId = TeamsMembers.consentAttachment(xlsxCard).path("content").path("declineContext").path("pendingFile").asText();
		assertThat(pending().find(Filters.eq("_id", xlsxId)).first()).doesNotContainKey("content");
		long acceptedAfterDecline = teams.mark();
		assertThat(teams.answerConsent(chair, xlsxCard, true).statusCode()).isEqualTo(200);
		assertThat(said(chair, acceptedAfterDecline)).startsWith("You already declined teams-documents.xlsx;");
		assertThat(connector.uploads()).hasSize(before + 1);

		// The form waited longer than an offer lasts.
		FakeBotConnector.Call docxCard = cards.get(0);
		String docxId = TeamsMembers.consentAttachment(docxCard).path("content").path("acceptContext").path("pendingFile").asText();
		pending().updateOne(Filters.eq("_id", docxId), Updates.set("expiresAt", Date.from(Instant.now().minusSeconds(1))));
		long late = teams.mark();
		assertThat(teams.answerConsent(chair, docxCard, true).statusCode()).isEqualTo(200);
		assertThat(said(chair, late)).isEqualTo("That file is no longer waiting: an offer lasts 24 hours. To have it,"
				+ " ask for it again (*export* for the documents).");

		ObjectNode unknown = TeamsMembers.consentValue(docxCard, true, connector.uploadInfo("made-up.docx"));
		unknown.putObject("context").put("pendingFile", "AAAAAAAAAAAAAAAAAAAAAA");
		long never = teams.mark();
		assertThat(teams.invoke(chair, "fileConsent/invoke", unknown, null).statusCode()).isEqualTo(200);
		assertThat(said(chair, never)).startsWith("That file is no longer waiting");

		// Someone else answering the chair's card finds nothing of it.
		TeamsMembers.Member stranger = new TeamsMembers.Member("aad-stranger-documents", "Lee Gu", "a:chat-lee-docs");
		long other = teams.mark();
		assertThat(teams.answerConsent(stranger, cards.get(0), true).statusCode()).isEqualTo(200);
		assertThat(said(stranger, other)).startsWith("That file is no longer waiting");
		assertThat(connector.uploads()).hasSize(before + 1);
	}

	@Test
	void givenTheViewsDocumentsButton_thenConsentCards_andAnUploadSessionThatRefusesIsToldPlainly() {
		long viewed = teams.mark();
		teams.type(chair, "consensus");
		FakeBotConnector.Call view = teams.card(chair, "Consensus view", viewed);
		// The view's chart comes on a consent card too.
		assertThat(TeamsMembers.consentAttachment(teams.consentCards(chair, viewed, 1).get(0)).path("name").asText())
			.isEqualTo("consensus-view.png");

		long pressed = teams.press(chair, view, "Documents");
		List<FakeBotConnector.Call> cards = teams.consentCards(chair, pressed, 3);
		assertThat(cards).extracting(c -> TeamsMembers.consentAttachment(c).path("name").asText())
			.containsExactly("teams-documents-draft.docx", "teams-documents.xlsx", "teams-documents.csv");

		int before = connector.uploads().size();
		FakeBotConnector.Call docx = cards.get(0);
		long refused = teams.mark();
		HttpResponse<String> answer = teams.invoke(chair, "fileConsent/invoke",
				TeamsMembers.consentValue(docx, true, connector.expiredUploadInfo("teams-documents-draft.docx")), docx.answeredId());
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(said(chair, refused)).isEqualTo("Accord could not upload teams-documents-draft.docx to your OneDrive."
				+ " To try again, ask for it again (*export* for the documents).");
		assertThat(connector.uploads()).hasSize(before);
	}

	@Test
	void givenAFileConsentInvokeTeamsNeverSends_thenA400AndNothingTaken() {
		long asked = teams.mark();
		teams.type(chair, "export");
		FakeBotConnector.Call card = teams.consentCards(chair, asked, 3).get(2);
		ObjectNode accept = TeamsMembers.consentValue(card, true, connector.uploadInfo("teams-documents.csv"));

		ObjectNode noAction = accept.deepCopy();
		noAction.remove("action");
		ObjectNode otherAction = accept.deepCopy().put("action", "maybe");
		ObjectNode noContext = accept.deepCopy();
		noContext.remove("context");
		ObjectNode contextWithoutId = accept.deepCopy();
		contextWithoutId.putObject("context").put("filename", "teams-documents.csv");
		ObjectNode noUploadInfo = accept.deepCopy();
		noUploadInfo.remove("uploadInfo");
		ObjectNode noUploadUrl = accept.deepCopy();
		((ObjectNode) noUploadUrl.get("uploadInfo")).remove("uploadUrl");
		int uploads = connector.uploads().size();
		for (Map.Entry<String, JsonNode> malformed : Map.<String, JsonNode>of("no value", JSON.nullNode(), "a string value",
				JSON.getNodeFactory().textNode("accept"), "no action", noAction, "another action", otherAction, "no context",
				noContext, "a context without the id", contextWithoutId, "no uploadInfo", noUploadInfo, "no uploadUrl",
				noUploadUrl).entrySet()) {
			JsonNode value = malformed.getValue().isNull() ? null : malformed.getValue();
			HttpResponse<String> answer = teams.invoke(chair, "fileConsent/invoke", value, card.answeredId());
			assertThat(answer.statusCode()).as(malformed.getKey() + ": " + answer.body()).isEqualTo(400);
		}
		assertThat(connector.uploads()).hasSize(uploads);

		// The file is still there for the well-formed answer.
		assertThat(teams.invoke(chair, "fileConsent/invoke", accept, card.answeredId()).statusCode()).isEqualTo(200);
		assertThat(connector.uploads()).hasSize(uploads + 1);
	}

	/** The first plain message Accord sent into the member's chat after {@code mark}. */
	private static String said(TeamsMembers.Member member, long mark) {
		return connector.await(c -> c.seq() > mark && c.sends() && member.conversation().equals(c.conversationId())
				&& c.text() != null && c.body().path("attachments").size() == 0, TeamsMembers.WAIT).text();
	}

	private MongoCollection<Document> pending() {
		return mongo.getDatabase("accord").getCollection("pending_files");
	}

	private byte[] kept(String id) {
		Document file = pending().find(Filters.eq("_id", id)).first();
		assertThat(file).as("pending file " + id).isNotNull();
		return Base64.getDecoder().decode(sealer.open(file.getString("content"), id));
	}

}
