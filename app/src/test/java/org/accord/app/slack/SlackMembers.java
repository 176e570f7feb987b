package org.accord.app.slack;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Board members at their Slack DMs: they read the prompts Accord posted and press its buttons. */
public final class SlackMembers {

	public static final Duration WAIT = Duration.ofSeconds(10);

	private final FakeSlackApi slack;

	private final SlackRequests requests;

	public SlackMembers(FakeSlackApi slack, SlackRequests requests) {
		this.slack = slack;
		this.requests = requests;
	}

	/** A prompt as the member sees it: where it is, its buttons by label, and its blocks as text. */
	public record Prompt(String channel, String ts, Map<String, String> buttons, String blocks) {
	}

	/** The latest prompt for a criterion posted to the member after {@code mark}. */
	public Prompt promptFor(String user, String criterionId, long mark) {
		FakeSlackApi.Call call = slack.awaitAfter(mark, "chat.postMessage",
				c -> user.equals(c.param("channel")) && c.param("text").startsWith(criterionId + " "), WAIT);
		return new Prompt(call.param("_channel"), call.param("_ts"), FakeSlackApi.buttons(call.json("blocks")),
				call.json("blocks").toString());
	}

	/** A message Accord posted: where it is, its buttons by label, and its words. */
	public record Message(String channel, String ts, Map<String, String> buttons, String words) {
	}

	/**
	 * The consensus view that a typed "consensus" sends the person: a message of its own in their DM with Accord, to
	 * keep and share, with nothing in the command's (vanishing) acknowledgement.
	 */
	public Message consensusView(String user) {
		return consensusView(user, "consensus");
	}

	/** As {@link #consensusView(String)}, with the words typed ("consensus figures"). */
	public Message consensusView(String user, String typed) {
		long mark = slack.mark();
		HttpResponse<String> ack = requests.command(user, typed);
		assertThat(ack.statusCode()).isEqualTo(200);
		assertThat(ack.body()).as("the acknowledgement carries no view").doesNotContain("Consensus view");
		return viewPosted(user, mark);
	}

	/** The consensus view posted to or updated for the person after {@code mark}. */
	public Message viewPosted(String user, long mark) {
		FakeSlackApi.Call call = slack.awaitAfter(mark, "chat.postMessage",
				c -> user.equals(c.param("channel")) && c.param("text").startsWith("Consensus view"), WAIT);
		return new Message(call.param("_channel"), call.param("_ts"), FakeSlackApi.buttons(call.json("blocks")),
				SlackRequests.words(call.json("blocks")));
	}

	/** Presses a button; returns the mark to wait for what it caused. */
	public long click(String user, Prompt prompt, String label) {
		assertThat(prompt.buttons()).containsKey(label);
		long mark = slack.mark();
		HttpResponse<String> response = requests.click(user, prompt.channel(), prompt.ts(), prompt.buttons().get(label));
		assertThat(response.statusCode()).isEqualTo(200);
		return mark;
	}

}
