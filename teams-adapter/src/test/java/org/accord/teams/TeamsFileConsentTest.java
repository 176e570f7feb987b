package org.accord.teams;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.BotAdapter;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.ResourceResponse;
import com.microsoft.bot.schema.Serialization;
import org.accord.core.card.Outcome;
import org.accord.core.domain.PlatformUser;
import org.accord.core.port.out.AddressBookPort;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Files in Teams go through the consent card, proactively too, and only well-formed answers are taken. */
class TeamsFileConsentTest {

	static final ObjectMapper JSON = new ObjectMapper();

	static final PlatformUser CHAIR = new PlatformUser("msteams", "tenant", "aad-chair");

	static final PlatformUser STRANGER = new PlatformUser("msteams", "tenant", "aad-never-met");

	final Map<String, byte[]> kept = new ConcurrentHashMap<>();

	final PendingFiles pending = new PendingFiles() {

		@Override
		public String save(PlatformUser to, String fileName, byte[] content) {
			String id = "pending-" + (kept.size() + 1);
			kept.put(id, content);
			return id;
		}

		@Override
		public Taken take(String id, PlatformUser by, boolean accepted) {
			return new Taken.Gone();
		}

	};

	final List<Activity> sent = new CopyOnWriteArrayList<>();

	final BotAdapter adapter = new BotAdapter() {

		@Override
		public CompletableFuture<ResourceResponse[]> sendActivities(TurnContext context, List<Activity> activities) {
			sent.addAll(activities);
			return CompletableFuture.completedFuture(activities.stream().map(a -> new ResourceResponse("sent")).toArray(
					ResourceResponse[]::new));
		}

		@Override
		public CompletableFuture<ResourceResponse> updateActivity(TurnContext context, Activity activity) {
			return CompletableFuture.completedFuture(new ResourceResponse("updated"));
		}

		@Override
		public CompletableFuture<Void> deleteActivity(TurnContext context, ConversationReference reference) {
			return CompletableFuture.completedFuture(null);
		}

	};

	@Test
	void givenANudgeWithAFile_thenItGoesOnAConsentCard_andNothingIsKeptForSomeoneAccordCannotReach() throws IOException {
		TeamsDeliverer deliverer = new TeamsDeliverer(new AdaptiveCardRenderer(), addresses(), () -> adapter, "", outcome -> true,
				new TeamsFileConsent(pending));
		byte[] form = {'P', 'K', 3, 4};

		assertThat(deliverer.deliverProactively(Outcome.builder()
			.file(CHAIR, "form-draft.docx", "Self-assessment form (draft)", form, "The self-assessment form (draft)")
			.build())).isTrue();

		assertThat(sent).singleElement().satisfies(activity -> {
			JsonNode attachment = Serialization.jsonToTree(Serialization.toString(activity)).path("attachments").path(0);
			assertThat(attachment.path("contentType").asText()).isEqualTo("application/vnd.microsoft.teams.card.file.consent");
			assertThat(attachment.path("name").asText()).isEqualTo("form-draft.docx");
			assertThat(attachment.path("content").path("acceptContext").path("pendingFile").asText()).isEqualTo("pending-1");
			assertThat(attachment.has("contentUrl")).isFalse();
		});
		assertThat(kept).containsOnlyKeys("pending-1").containsValue(form);

		assertThat(deliverer.deliverProactively(Outcome.builder()
			.file(STRANGER, "form-draft.docx", "Self-assessment form (draft)", form, "The self-assessment form (draft)")
			.build())).isFalse();
		assertThat(kept).hasSize(1);
		assertThat(sent).hasSize(1);
	}

	@Test
	void givenAnAnswerToAConsentCard_thenTakenOnlyWithItsActionContextAndUploadSession() {
		ObjectNode accept = JSON.createObjectNode().put("type", "fileUpload").put("action", "accept");
		accept.putObject("context").put("pendingFile", "pending-1");
		accept.putObject("uploadInfo").put("name", "f.csv").put("uploadUrl", "https://up.example/s")
			.put("contentUrl", "https://files.example/f.csv").put("uniqueId", "u").put("fileType", "csv");
		ObjectNode decline = JSON.createObjectNode().put("type", "fileUpload").put("action", "decline");
		decline.putObject("context").put("pendingFile", "pending-1");

		assertThat(TeamsFileConsent.malformed(invoke(accept))).isNull();
		assertThat(TeamsFileConsent.malformed(invoke(decline))).isNull();
		assertThat(TeamsFileConsent.malformed(invoke(null))).isEqualTo("A fileConsent/invoke needs a value object.");
		assertThat(TeamsFileConsent.malformed(invoke(accept.deepCopy().put("action", "later"))))
			.isEqualTo("A fileConsent/invoke's action is accept or decline.");
		ObjectNode noContext = accept.deepCopy();
		noContext.remove("context");
		assertThat(TeamsFileConsent.malformed(invoke(noContext))).contains("needs the context");
		ObjectNode blankId = accept.deepCopy();
		blankId.putObject("context").put("pendingFile", " ");
		assertThat(TeamsFileConsent.malformed(invoke(blankId))).contains("needs the context");
		ObjectNode noContentUrl = accept.deepCopy();
		((ObjectNode) noContentUrl.get("uploadInfo")).remove("contentUrl");
		assertThat(TeamsFileConsent.malformed(invoke(noContentUrl))).contains("uploadInfo with an uploadUrl and a contentUrl");

		Activity noFrom = invoke(accept);
		noFrom.setFrom(null);
		assertThat(TeamsFileConsent.malformed(noFrom)).isEqualTo("An invoke needs a from with an id.");
		Activity cardAction = invoke(null);
		cardAction.setName("adaptiveCard/action");
		assertThat(TeamsFileConsent.malformed(cardAction)).isNull();
	}

	private static Activity invoke(JsonNode value) {
		Activity activity = new Activity("invoke");
		activity.setName("fileConsent/invoke");
		activity.setFrom(new ChannelAccount("29:chair", "Adele Vance"));
		activity.setValue(value);
		return activity;
	}

	private static TeamsAddresses addresses() throws IOException {
		Map<PlatformUser, String> book = new ConcurrentHashMap<>();
		ConversationReference reference = new ConversationReference();
		reference.setChannelId("msteams");
		reference.setServiceUrl("https://smba.trafficmanager.net/amer/");
		ConversationAccount chat = new ConversationAccount();
		chat.setId("a:chat-chair");
		chat.setConversationType("personal");
		reference.setConversation(chat);
		reference.setUser(new ChannelAccount("29:chair", "Adele Vance"));
		reference.setBot(new ChannelAccount("28:accord", "Accord"));
		book.put(CHAIR, Serialization.toString(reference));
		return new TeamsAddresses(new AddressBookPort() {

			@Override
			public void save(PlatformUser user, String address) {
				book.put(user, address);
			}

			@Override
			public Optional<String> find(PlatformUser user) {
				return Optional.ofNullable(book.get(user));
			}

		});
	}

}
