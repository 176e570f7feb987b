package org.accord.app.meeting;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accord.app.slack.FakeSlackApi;
import org.accord.app.slack.SlackMembers;
import org.accord.app.slack.SlackRequests;
import org.accord.core.domain.Criterion;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Level;
import org.accord.core.framework.FrameworkCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A board ready for its meeting, through signed Slack requests: four members rated cdrp-2002, two criteria split
 * (1.1 two against two, 1.2 across the scale), one member left evidence and a comment on 1.1, and the chair closed
 * round 1. Then the chair's links to the meeting page, as Slack shows them.
 */
final class MeetingBoard {

	static final List<String> RATERS = List.of("U3CHAIR", "U3ALEX", "U3SAM", "U3JO");

	static final String CHAIR = RATERS.get(0);

	static final String COMMENT = "The information sharing protocol was signed in March, but nobody uses it yet";

	static final String EVIDENCE = "Board minutes, March, item 4";

	static final Framework CDRP = FrameworkCatalog.builtIn().find("cdrp-2002").orElseThrow();

	static final Duration WAIT = Duration.ofSeconds(15);

	private final FakeSlackApi slack;

	private final SlackRequests requests;

	MeetingBoard(FakeSlackApi slack, SlackRequests requests) {
		this.slack = slack;
		this.requests = requests;
	}

	static String label(int rank) {
		return CDRP.scale().levels().get(rank - 1).label();
	}

	static String key(String label) {
		return CDRP.scale().levels().stream().filter(l -> l.label().equals(label)).map(Level::key).findFirst().orElseThrow();
	}

	void meetsAfterRoundOne() {
		SlackMembers members = new SlackMembers(slack, requests);
		assertThat(SlackRequests.shown(requests.command(CHAIR, "board add <@U3ALEX> <@U3SAM> <@U3JO> as member"))).contains("Added");
		requests.command(CHAIR, "board add <@U3POL> as authority police");
		requests.command(CHAIR, "board add <@U3FAC> as facilitator");
		long begin = slack.mark();
		assertThat(SlackRequests.shown(requests.command(CHAIR, "start cdrp-2002 due 2099-01-31 Meeting of the board")))
			.contains("Started");
		List<String> ids = CDRP.criteria().stream().map(Criterion::id).toList();
		// 1.1: Working towards twice, Some success twice. 1.2: one at each category. The rest: Some success.
		Map<String, List<Integer>> split = Map.of("1.1", List.of(2, 2, 3, 3), "1.2", List.of(1, 2, 3, 4));
		for (int u = 0; u < RATERS.size(); u++) {
			String user = RATERS.get(u);
			SlackMembers.Prompt prompt = members.promptFor(user, ids.get(0), begin);
			for (int i = 0; i < ids.size(); i++) {
				String id = ids.get(i);
				if (id.equals("1.1") && u == 2) {
					long asked = members.click(user, prompt, "Add evidence / comment");
					FakeSlackApi.Call form = slack.awaitAfter(asked, "views.open", c -> true, WAIT);
					HttpResponse<String> submitted = requests.submitForm(user, form.json("view").path("private_metadata").asText(),
							Map.of("evidence", EVIDENCE, "comment", COMMENT));
					assertThat(submitted.statusCode()).isEqualTo(200);
				}
				int rank = split.containsKey(id) ? split.get(id).get(u) : 3;
				long mark = members.click(user, prompt, label(rank));
				if (i + 1 < ids.size()) {
					prompt = members.promptFor(user, ids.get(i + 1), mark);
				}
			}
		}
		assertThat(SlackRequests.shown(requests.command(CHAIR, "close now"))).contains("47 of 49 criteria agreed, 2 still to settle");
	}

	/** The consensus view's buttons, by label, as the chair's typed {@code consensus} shows them. */
	Map<String, String> viewButtons() throws Exception {
		return new SlackMembers(slack, requests).consensusView(CHAIR).buttons();
	}

	/** Presses a button on the view and returns the meeting link Accord sent back, with that message's buttons. */
	Link press(String user, String button) {
		long mark = slack.mark();
		assertThat(requests.click(user, "D0" + user, "1700000000.000300", button).statusCode()).isEqualTo(200);
		long end = System.nanoTime() + WAIT.toNanos();
		Pattern link = Pattern.compile("(https?://[^\\s|>\"]+/meeting/[A-Za-z0-9_.-]+)");
		while (System.nanoTime() < end) {
			for (FakeSlackApi.Call call : slack.calls()) {
				if (call.seq() > mark && call.params().containsKey("blocks")) {
					Matcher m = link.matcher(call.json("blocks").toString());
					if (m.find()) {
						return new Link(m.group(1), FakeSlackApi.buttons(call.json("blocks")));
					}
				}
			}
			sleep();
		}
		throw new AssertionError("No meeting link came back in Slack: " + slack.calls().stream().filter(c -> c.seq() > mark)
			.map(FakeSlackApi.Call::method).toList());
	}

	record Link(String url, Map<String, String> buttons) {
	}

	private static void sleep() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
