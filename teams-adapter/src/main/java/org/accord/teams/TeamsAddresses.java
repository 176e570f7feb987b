package org.accord.teams;

import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import org.accord.core.domain.PlatformUser;
import org.accord.core.port.out.AddressBookPort;

/**
 * Teams people as Accord knows them (tenant and Azure AD object id), and the conversation reference that
 * lets Accord write to them first, stored the first time they meet the bot and refreshed every time.
 */
public final class TeamsAddresses {

	public static final String PLATFORM = "msteams";

	private final AddressBookPort book;

	public TeamsAddresses(AddressBookPort book) {
		this.book = book;
	}

	/** The Azure AD object id is stable across chats; the 29: id is the fallback the emulator sends alone. */
	public static PlatformUser user(Activity activity) {
		String tenant = activity.getConversation() != null && activity.getConversation().getTenantId() != null
				? activity.getConversation().getTenantId() : tenantFromChannelData(activity);
		String id = activity.getFrom().getAadObjectId() != null ? activity.getFrom().getAadObjectId() : activity.getFrom().getId();
		return new PlatformUser(PLATFORM, tenant == null ? "emulator" : tenant, id);
	}

	private static String tenantFromChannelData(Activity activity) {
		Object data = activity.getChannelData();
		if (data == null) {
			return null;
		}
		var tree = Serialization.getAs(data, com.fasterxml.jackson.databind.JsonNode.class);
		return tree == null || tree.path("tenant").path("id").isMissingNode() ? null : tree.path("tenant").path("id").asText();
	}

	public void remember(Activity activity) {
		try {
			book.save(user(activity), Serialization.toString(activity.getConversationReference()));
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("A conversation reference could not be written", e);
		}
	}

	public Optional<ConversationReference> find(PlatformUser user) {
		return book.find(user).map(json -> {
			try {
				return Serialization.jsonToTree(json) == null ? null
						: Serialization.treeToValue(Serialization.jsonToTree(json), ConversationReference.class);
			}
			catch (Exception e) {
				return null;
			}
		});
	}

}
