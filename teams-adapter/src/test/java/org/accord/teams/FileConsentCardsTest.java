package org.accord.teams;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.teams.FileUploadInfo;
import org.accord.core.card.Delivery;
import org.accord.core.domain.PlatformUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileConsentCardsTest {

	static final PlatformUser CHAIR = new PlatformUser("msteams", "tenant", "aad-chair");

	static final byte[] CSV = "criterion,level\n1.1,Working towards\n".getBytes(StandardCharsets.UTF_8);

	@Test
	void givenADocument_thenAConsentCardOfItsNameSizeAndWords_whoseContextsCarryItsIdOnly() throws IOException {
		Delivery.File file = new Delivery.File(CHAIR, "figures.csv", "Figures (CSV)", CSV, "The same figures as CSV");

		JsonNode attachment = json(FileConsentCards.consent(file, "pending-1"));

		assertThat(attachment.path("contentType").asText()).isEqualTo("application/vnd.microsoft.teams.card.file.consent");
		assertThat(attachment.path("name").asText()).isEqualTo("figures.csv");
		assertThat(attachment.has("contentUrl")).isFalse();
		JsonNode card = attachment.path("content");
		assertThat(card.path("description").asText()).isEqualTo("The same figures as CSV");
		assertThat(card.path("sizeInBytes").asLong()).isEqualTo(CSV.length);
		assertThat(card.path("acceptContext").toString()).isEqualTo("{\"pendingFile\":\"pending-1\"}");
		assertThat(card.path("declineContext")).isEqualTo(card.path("acceptContext"));
		assertThat(attachment.toString()).doesNotContain(Base64.getEncoder().encodeToString(CSV), "Working towards");
	}

	@Test
	void givenADocumentWithoutWords_thenItsTitleDescribesIt() throws IOException {
		Delivery.File file = new Delivery.File(CHAIR, "figures.csv", "Figures (CSV)", CSV, " ");

		assertThat(json(FileConsentCards.consent(file, "pending-2")).path("content").path("description").asText())
			.isEqualTo("Figures (CSV)");
	}

	@Test
	void givenAnUploadedFile_thenAFileInfoCardWhereTeamsSaidItIs() throws IOException {
		FileUploadInfo upload = new FileUploadInfo();
		upload.setName("figures.csv");
		upload.setContentUrl("https://contoso-my.sharepoint.com/personal/adele/Documents/Applications/Accord/figures.csv");
		upload.setUploadUrl("https://contoso-my.sharepoint.com/upload-session-secret");
		upload.setUniqueId("1150D938-8870-4044-9F2C-5BBDEBA70C8C");
		upload.setFileType("csv");

		JsonNode attachment = json(FileConsentCards.info(upload, "figures.csv"));

		assertThat(attachment.path("contentType").asText()).isEqualTo("application/vnd.microsoft.teams.card.file.info");
		assertThat(attachment.path("contentUrl").asText()).isEqualTo(upload.getContentUrl());
		assertThat(attachment.path("name").asText()).isEqualTo("figures.csv");
		assertThat(attachment.path("content").path("uniqueId").asText()).isEqualTo("1150D938-8870-4044-9F2C-5BBDEBA70C8C");
		assertThat(attachment.path("content").path("fileType").asText()).isEqualTo("csv");
		// The upload session's URL lets anyone write the file: it stays out of the chat.
		assertThat(attachment.toString()).doesNotContain("upload-session-secret");
	}

	@Test
	void givenAnUploadWithoutItsTypeOrName_thenTheFilesOwn() throws IOException {
		FileUploadInfo upload = new FileUploadInfo();
		upload.setContentUrl("https://contoso-my.sharepoint.com/f");
		upload.setUniqueId("u");

		JsonNode attachment = json(FileConsentCards.info(upload, "Form-Draft.DOCX"));

		assertThat(attachment.path("name").asText()).isEqualTo("Form-Draft.DOCX");
		assertThat(attachment.path("content").path("fileType").asText()).isEqualTo("docx");
	}

	private static JsonNode json(Object value) throws IOException {
		return Serialization.jsonToTree(Serialization.toString(value));
	}

}
