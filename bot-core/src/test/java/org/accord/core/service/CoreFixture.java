package org.accord.core.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.accord.core.card.Card;
import org.accord.core.card.Delivery;
import org.accord.core.card.Outcome;
import org.accord.core.domain.Criterion;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Level;
import org.accord.core.domain.PlatformUser;
import org.accord.core.domain.Scale;
import org.accord.core.domain.Section;
import org.accord.core.framework.FrameworkCatalog;
import org.accord.core.port.in.Caller;
import org.accord.core.store.mongo.MongoStore;
import org.accord.core.store.mongo.WriteBarrier;

/** Core with its real MongoDB adapters on an in-memory MongoDB-compatible server; no chat platform at all. */
final class CoreFixture implements AutoCloseable {

	static final String WORKSPACE = "T0001";

	static final Framework TINY = new Framework("tiny", "A tiny framework", "1", null, null,
			new Scale(null, List.of(new Level("low", "Low", "Not yet."), new Level("mid", "Middling", "Partly."),
					new Level("high", "High", "Done.")), List.of()),
			List.of(new Section("1", "First", null,
					List.of(new Criterion("1.1", "One thing.", List.of("A prompt"), java.util.Map.of(), List.of()),
							new Criterion("1.2", "Another thing.", List.of(), java.util.Map.of(), List.of()))),
					new Section("2", "Second", null,
							List.of(new Criterion("2.1", "A third thing.", List.of(), java.util.Map.of(), List.of())))));

	final MongoServer server = new MongoServer(H2Backend.inMemory());

	final MongoClient client;

	final MongoDatabase db;

	final CoreServices core;

	final MongoStore store;

	/** The responses in the order MongoDB would return them. */
	final InsertionOrder responses;

	/** The anonymity key, as an operator holding it has it: what a test reads the sealed store with. */
	final AnonymityKey key;

	/** The key's bytes, as configured. */
	final byte[] keyBytes = new byte[32];

	/** Now, for core; tests move it forward instead of waiting. */
	final MovableClock clock = new MovableClock(Instant.parse("2026-11-26T10:00:00Z"));

	/** Every outcome the scheduler delivered (nudges). */
	final List<Outcome> delivered = new java.util.concurrent.CopyOnWriteArrayList<>();

	CoreFixture() {
		client = MongoClients.create(server.bindAndGetConnectionString());
		db = client.getDatabase("accord");
		store = MongoStore.open(db, WriteBarrier.NONE);
		new SecureRandom().nextBytes(keyBytes);
		key = new AnonymityKey(keyBytes);
		List<Framework> frameworks = new java.util.ArrayList<>(FrameworkCatalog.builtIn().all());
		frameworks.add(TINY);
		responses = new InsertionOrder(store.responses());
		core = new CoreServices(new CoreServices.Ports(store.partnerships(), store.members(), store.assessments(),
				responses, store.participation(), store.actions(), store.nudges(), store.checklists(), store.invitations(), store.regions(), delivered::add, store.unsealed(), store.meetingLinks()),
				new FrameworkCatalog(frameworks), key, clock);
	}

	/** Every answer stored, opened with the key: criterion and answer code, unanswered ones left out. */
	List<String> answers() {
		List<String> answers = new java.util.ArrayList<>();
		for (org.bson.Document d : db.getCollection("responses").find()) {
			key.answerCode(d.getString("_id"), d.getString("answer"))
				.ifPresent(code -> answers.add(d.getInteger("round") + " " + d.getString("criterionId") + " " + code));
		}
		java.util.Collections.sort(answers);
		return answers;
	}

	static Caller caller(String userId) {
		return new Caller(new PlatformUser("slack", WORKSPACE, userId), "/assess ");
	}

	Outcome say(String userId, String text) {
		return core.commands().handle(caller(userId), TypedText.of(text));
	}

	/** The chair hands the chair over as a chair does: asked, then the confirmation pressed. */
	Outcome handOver(String chair, String to) {
		Outcome asked = say(chair, "board add <@" + to + "> as chair");
		org.accord.core.card.ButtonAction confirm = asked.replies().get(0).parts().stream()
			.filter(Card.Part.Buttons.class::isInstance).flatMap(p -> ((Card.Part.Buttons) p).buttons().stream())
			.filter(b -> b.label().equals("Hand over the chair")).findFirst().orElseThrow().action();
		return core.promptActions().act(caller(chair), confirm);
	}

	/** A refused form's problems by input id; empty when the form was taken. */
	static Map<String, String> problems(Outcome outcome) {
		return outcome.formRefused().map(Delivery.FormRefused::problems).orElse(Map.of());
	}

	/** What the person who asked reads: the replies, and the messages sent to them (the consensus view is one). */
	static String seenText(Outcome outcome) {
		return (replyText(outcome) + "\n" + directs(outcome).stream().map(d -> text(d.card())).reduce("", (a, b) -> a + "\n" + b)).strip();
	}

	/** The consensus view a "consensus" sent: a message of its own. */
	static Card view(Outcome outcome) {
		return directs(outcome).stream().map(Delivery.Direct::card).filter(c -> c.summary().startsWith("Consensus view"))
			.findFirst().orElseThrow(() -> new AssertionError("No consensus view was sent: " + replyText(outcome)));
	}

	static String replyText(Outcome outcome) {
		return outcome.replies().stream().map(CoreFixture::text).reduce("", (a, b) -> a + "\n" + b).strip();
	}

	/**
	 * A card's words as people read them: what they wrote is marked in the card, and shown here unmarked; the
	 * people it names as Slack writes them, by id.
	 */
	static String text(Card card) {
		return org.accord.core.card.Verbatim.plain(org.accord.core.card.Mention.render(marked(card), p -> "<@" + p.userId() + ">"));
	}

	private static String marked(Card card) {
		StringBuilder s = new StringBuilder();
		for (Card.Part p : card.parts()) {
			if (p instanceof Card.Part.Heading h) {
				s.append(h.text()).append('\n');
			}
			else if (p instanceof Card.Part.Text t) {
				s.append(t.text()).append('\n');
			}
			else if (p instanceof Card.Part.Option o) {
				s.append(o.text()).append('\n');
			}
			else if (p instanceof Card.Part.Context c) {
				s.append(c.text()).append('\n');
			}
		}
		return s.toString();
	}

	/** The action of the button with this label on the last card sent directly. */
	static org.accord.core.card.ButtonAction button(Outcome outcome, String label) {
		List<Card.Button> buttons = new java.util.ArrayList<>();
		Card card = directs(outcome).get(directs(outcome).size() - 1).card();
		for (Card.Part part : card.parts()) {
			if (part instanceof Card.Part.Option o) {
				buttons.add(o.button());
			}
			if (part instanceof Card.Part.Buttons b) {
				buttons.addAll(b.buttons());
			}
		}
		return buttons.stream().filter(b -> b.label().equals(label)).findFirst().orElseThrow().action();
	}

	/** The Endorse button of the request this outcome sent to the person: it carries the form the request showed. */
	static org.accord.core.card.ButtonAction endorseButton(Outcome asked, String userId) {
		return directs(asked).stream().filter(d -> d.to().userId().equals(userId))
			.flatMap(d -> d.card().parts().stream())
			.filter(Card.Part.Buttons.class::isInstance)
			.flatMap(p -> ((Card.Part.Buttons) p).buttons().stream())
			.filter(b -> b.label().startsWith("Endorse for ")).map(Card.Button::action).reduce((a, b) -> b)
			.orElseThrow(() -> new AssertionError("No endorsement request reached " + userId + ": " + replyText(asked)));
	}

	static List<Delivery.Direct> directs(Outcome outcome) {
		return outcome.deliveries().stream().filter(Delivery.Direct.class::isInstance).map(Delivery.Direct.class::cast).toList();
	}

	@Override
	public void close() {
		client.close();
		server.shutdownNow();
	}

}
