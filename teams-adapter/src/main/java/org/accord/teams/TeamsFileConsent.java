package org.accord.teams;

import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.teams.FileUploadInfo;
import org.accord.core.card.Delivery;
import org.accord.core.domain.PlatformUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files in Teams personal chat, through Teams' file consent flow: the file is offered on a consent card and
 * kept; when the person accepts, Teams opens an upload session in their OneDrive and sends its URL in a
 * {@code fileConsent/invoke}; Accord puts the bytes there and shows the file with a file info card. A decline
 * drops the file.
 */
public final class TeamsFileConsent {

	private static final Logger log = LoggerFactory.getLogger(TeamsFileConsent.class);

	static final String INVOKE = "fileConsent/invoke";

	static final String ASK_AGAIN = "ask for it again (*export* for the documents)";

	private final PendingFiles pending;

	private final OneDriveUpload upload;

	public TeamsFileConsent(PendingFiles pending) {
		this.pending = pending;
		this.upload = new OneDriveUpload();
	}

	/** The offer of a file: its bytes are kept here, and the card carries their id only. */
	Activity offer(Delivery.File file) {
		String id = pending.save(file.to(), file.fileName(), file.content());
		Activity activity = MessageFactory.attachment(FileConsentCards.consent(file, id));
		activity.setSummary(file.title());
		return activity;
	}

	/** Why an answer to a consent card cannot be taken, or null when it can (or the activity is something else). */
	static String malformed(Activity activity) {
		if (!"invoke".equals(activity.getType()) || !INVOKE.equals(activity.getName())) {
			return null;
		}
		if (activity.getFrom() == null || activity.getFrom().getId() == null || activity.getFrom().getId().isBlank()) {
			return "An invoke needs a from with an id.";
		}
		JsonNode value = activity.getValue() == null ? null : Serialization.getAs(activity.getValue(), JsonNode.class);
		if (value == null || !value.isObject()) {
			return "A fileConsent/invoke needs a value object.";
		}
		String action = value.path("action").asText("");
		if (!action.equals("accept") && !action.equals("decline")) {
			return "A fileConsent/invoke's action is accept or decline.";
		}
		if (pendingId(value).isBlank()) {
			return "A fileConsent/invoke needs the context of the card it answers.";
		}
		JsonNode info = value.path("uploadInfo");
		if (action.equals("accept") && (!info.path("uploadUrl").isTextual() || !info.path("contentUrl").isTextual())) {
			return "A fileConsent/invoke that accepts needs uploadInfo with an uploadUrl and a contentUrl.";
		}
		return null;
	}

	/**
	 * The person's answer, for a well-formed invoke (see {@link #malformed}). Whatever became of the file, the
	 * answer was received: 200, and the chat says what happened.
	 */
	CompletableFuture<InvokeResponse> answer(TurnContext turn) {
		Activity activity = turn.getActivity();
		JsonNode value = Serialization.getAs(activity.getValue(), JsonNode.class);
		boolean accepted = value.path("action").asText().equals("accept");
		PlatformUser by = TeamsAddresses.user(activity);
		PendingFiles.Taken taken = pending.take(pendingId(value), by, accepted);
		if (taken instanceof PendingFiles.Taken.File file) {
			if (accepted) {
				uploadAndShow(turn, file, Serialization.getAs(value.path("uploadInfo"), FileUploadInfo.class));
			}
			else {
				say(turn, "You declined the file " + file.fileName() + "; " + ASK_AGAIN + " when you want it.");
				answered(turn, file.fileName() + ": declined.");
			}
		}
		else if (taken instanceof PendingFiles.Taken.Answered before) {
			say(turn, before.accepted()
					? "You already accepted " + before.fileName() + "; Accord uploads a file once. To have it again, "
							+ ASK_AGAIN + "."
					: "You already declined " + before.fileName() + "; " + ASK_AGAIN + " when you want it.");
		}
		else {
			say(turn, "That file is no longer waiting: an offer lasts " + PendingFiles.KEPT_FOR.toHours()
					+ " hours. To have it, " + ASK_AGAIN + ".");
		}
		return CompletableFuture.completedFuture(new InvokeResponse(200, null));
	}

	private void uploadAndShow(TurnContext turn, PendingFiles.Taken.File file, FileUploadInfo info) {
		String failed = upload.put(info.getUploadUrl(), file.content());
		if (failed != null) {
			log.warn("A file accepted in Teams could not be uploaded to OneDrive: {}", failed);
			say(turn, "Accord could not upload " + file.fileName() + " to your OneDrive. To try again, " + ASK_AGAIN + ".");
			return;
		}
		Activity shown = MessageFactory.attachment(FileConsentCards.info(info, file.fileName()));
		shown.setText("Here is " + file.fileName() + ", in your OneDrive.");
		send(turn, shown);
		answered(turn, file.fileName() + ": sent to your OneDrive.");
	}

	private static void say(TurnContext turn, String words) {
		send(turn, MessageFactory.text(words));
	}

	/** The invoke is answered whatever the chat took: the person's answer was received. */
	private static void send(TurnContext turn, Activity activity) {
		try {
			turn.sendActivity(activity).join();
		}
		catch (RuntimeException e) {
			log.warn("Could not tell a Teams user what became of a file they answered for: {}", e.toString());
		}
	}

	/** The consent card, answered, so that its buttons are gone; the chat says the rest, so this may fail. */
	private static void answered(TurnContext turn, String words) {
		String card = turn.getActivity().getReplyToId();
		if (card == null) {
			return;
		}
		Activity update = MessageFactory.text(words);
		update.setId(card);
		try {
			turn.updateActivity(update).join();
		}
		catch (RuntimeException e) {
			log.info("An answered consent card could not be updated: {}", e.toString());
		}
	}

	private static String pendingId(JsonNode value) {
		JsonNode id = value.path("context").path(FileConsentCards.PENDING_KEY);
		return id.isTextual() ? id.asText().strip() : "";
	}

}
