package org.accord.app.slack;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.SlackApiTextResponse;
import org.accord.app.store.StoreFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What a Slack request gets when the store did not answer: Accord's fault, logged as such at ERROR (one
 * line, no stack trace), and the person is told within Slack's 3 s, never as if they had sent something
 * wrong. Nothing was acknowledged as kept: the handler failed before its acknowledgement.
 * <ul>
 * <li>a slash command: 200 with the sentence, shown to them alone;</li>
 * <li>a click: acknowledged, then the sentence through the Web API, to them alone in that channel (their
 * DM); installed to many workspaces and with no token to be had, through the click's response_url;</li>
 * <li>a form: the sentence in the form itself, which stays open with what they typed;</li>
 * <li>an Events API delivery (a DM, the Home tab): 503, so that Slack delivers it again.</li>
 * </ul>
 */
final class SlackStoreOutage {

	private static final Logger log = LoggerFactory.getLogger(SlackStoreOutage.class);

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ExecutorService deliveries;

	SlackStoreOutage(ExecutorService deliveries) {
		this.deliveries = deliveries;
	}

	ResponseEntity<String> answer(Request<?> request, RuntimeException failure) {
		String reason = StoreFailures.reason(failure);
		switch (request.getRequestType()) {
			case Command -> {
				log.error("The store did not answer: a Slack command was not carried out; its sender is told so ({})", reason);
				return json(Map.of("response_type", "ephemeral", "text", StoreFailures.TRY_AGAIN));
			}
			case BlockAction -> {
				log.error("The store did not answer: a Slack click was not carried out; its sender is told so ({})", reason);
				tellLater(request, channelOf(((BlockActionRequest) request).getPayload()));
				return ResponseEntity.ok().build();
			}
			case ViewSubmission -> {
				log.error("The store did not answer: a Slack form was not saved; it stays open saying so ({})", reason);
				String block = firstInput((ViewSubmissionRequest) request);
				if (block != null) {
					return json(Map.of("response_action", "errors", "errors", Map.of(block, StoreFailures.TRY_AGAIN)));
				}
				tellLater(request, null);
				return ResponseEntity.ok().build();
			}
			case Event -> {
				log.error("The store did not answer: a Slack event was not handled; answered 503 so that Slack sends it"
						+ " again ({})", reason);
				return text(HttpStatus.SERVICE_UNAVAILABLE, "Accord's store did not answer; please send this again.");
			}
			default -> {
				log.error("The store did not answer: a Slack {} request was not handled ({})", request.getRequestType(), reason);
				return text(HttpStatus.SERVICE_UNAVAILABLE, StoreFailures.TRY_AGAIN);
			}
		}
	}

	/** After the acknowledgement: to the person alone, where they clicked, else in their DM. */
	private void tellLater(Request<?> request, String channel) {
		Context context = request.getContext();
		String user = context.getRequestUserId();
		String responseUrl = request.getResponseUrl();
		Runnable tell = () -> {
			try {
				if (context.getBotToken() != null && user != null) {
					SlackApiTextResponse sent = channel != null
							? context.client().chatPostEphemeral(r -> r.channel(channel).user(user).text(StoreFailures.TRY_AGAIN))
							: context.client().chatPostMessage(r -> r.channel(user).text(StoreFailures.TRY_AGAIN));
					if (!sent.isOk()) {
						log.warn("Slack refused the message that the store did not answer: {}", sent.getError());
					}
				}
				else if (responseUrl != null) {
					new Responder(context.getSlack(), responseUrl).sendToAction(
							body -> body.responseType("ephemeral").replaceOriginal(false).text(StoreFailures.TRY_AGAIN));
				}
				else {
					log.warn("Could not tell a Slack user that the store did not answer: no token and no response_url");
				}
			}
			catch (Exception e) {
				log.warn("Could not tell a Slack user that the store did not answer: {}", e.toString());
			}
		};
		try {
			deliveries.submit(tell);
		}
		catch (RejectedExecutionException shuttingDown) {
			log.warn("Could not tell a Slack user that the store did not answer: Accord is stopping");
		}
	}

	private static String channelOf(BlockActionPayload payload) {
		if (payload.getContainer() != null && payload.getContainer().getChannelId() != null) {
			return payload.getContainer().getChannelId();
		}
		return payload.getChannel() != null ? payload.getChannel().getId() : null;
	}

	/** An input block of the submitted form: Slack shows a form's errors under its inputs. */
	private static String firstInput(ViewSubmissionRequest request) {
		var view = request.getPayload().getView();
		if (view == null || view.getState() == null || view.getState().getValues() == null) {
			return null;
		}
		return view.getState().getValues().keySet().stream().findFirst().orElse(null);
	}

	private static ResponseEntity<String> json(Map<String, Object> body) {
		try {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(body));
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static ResponseEntity<String> text(HttpStatus status, String body) {
		return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(body);
	}

}
