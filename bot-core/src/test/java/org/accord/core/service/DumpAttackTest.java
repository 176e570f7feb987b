package org.accord.core.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Card;
import org.accord.core.card.Delivery;
import org.accord.core.card.Outcome;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Level;
import org.accord.core.domain.Member;
import org.accord.core.domain.Partnership;
import org.accord.core.domain.PlatformUser;
import org.accord.core.framework.FrameworkCatalog;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.accord.core.service.CoreFixture.caller;
import static org.accord.core.service.CoreFixture.directs;
import static org.accord.core.service.CoreFixture.replyText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An attacker with a copy of the whole database, without the key, and the workspace's user list, tries to tell
 * who rated what: from what is written, from what repeats, from counts and sizes, from the order the store
 * returns documents in, and from the reminder records. Dumps are taken at five moments: mid-round (members
 * far apart), after round 1, mid consensus round, after it, and once the form is final. The test holds the key
 * as the ground truth an attacker lacks, to score the attacks that guess.
 */
class DumpAttackTest {

	/** Five raters: the chair, three members and a police representative. */
	private static final List<String> RATERS = List.of("UCHAIR", "UALEX", "USAM", "UKIM", "UPOL");

	private static final Framework CDRP = FrameworkCatalog.builtIn().find("cdrp-2002").orElseThrow();

	private static final List<String> LABELS = CDRP.scale().levels().stream().map(Level::label).toList();

	private static final List<String> KEYS = CDRP.scale().levels().stream().map(Level::key).toList();

	/**
	 * Ciphertext is random base64, in which any short word turns up now and then ("UPOL" in one run of a few
	 * hundred): a sealed value is checked to be base64 and left out of the search for words in the clear.
	 */
	private static Document withoutCiphertext(Document d) {
		Document visible = new Document();
		d.forEach((field, value) -> {
			boolean sealed = value instanceof String text && text.length() >= 64 && !text.matches("[0-9a-f]+")
					&& text.matches("[A-Za-z0-9+/]+={0,2}");
			visible.put(field, sealed ? "<sealed>" : value);
		});
		return visible;
	}

	/** What members wrote, which no dump may show in the clear. */
	private static final String EVIDENCE = "Minutes of the March board meeting, item four";

	private static final String COMMENT = "Partners attend but rarely lead";

	/** Collections that hold the board's own words: what the board collated and agreed, which is not a secret. */
	private static final Set<String> COLLATED = Set.of("assessments");

	private final Random random = new Random(20261202);

	private CoreFixture fixture;

	@BeforeEach
	void board() {
		fixture = new CoreFixture();
		fixture.say("UCHAIR", "board add <@UALEX> <@USAM> <@UKIM> as member");
		fixture.say("UCHAIR", "board add <@UPOL> as authority police");
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	@Test
	void givenDumpsAtFiveMoments_thenNoPersonIsLinkedToAResponseBetterThanChance() {
		fixture.say("UCHAIR", "start cdrp-2002 due 2026-12-18 Annual self-assessment");
		Map<String, Outcome> prompts = new HashMap<>();
		RATERS.forEach(r -> prompts.put(r, fixture.core.commands().handle(caller(r), TypedText.of("resume"))));
		// Members far apart: one has finished, one has not begun.
		int[] answered = { 49, 30, 10, 3, 0 };
		for (int r = 0; r < RATERS.size(); r++) {
			answer(RATERS.get(r), prompts, answered[r], r == 2);
		}
		attack("mid-round 1", 1);

		for (int r = 1; r < RATERS.size(); r++) {
			answer(RATERS.get(r), prompts, 49 - answered[r], false);
		}
		assertThat(replyText(fixture.say("UCHAIR", "close now"))).contains("Round 1 is closed");
		attack("after round 1", 1);
		Map<String, int[]> round1 = counts(1);

		Outcome opened = fixture.say("UCHAIR", "round due 2026-12-18");
		assertThat(replyText(opened)).contains("Consensus round 2 is open");
		List<String> disputed = assessment().currentRound().criteria();
		assertThat(disputed).hasSizeGreaterThan(3);
		// Only Alex answers: a new rating on the first disputed criterion, his own kept on the rest. The others say nothing.
		Outcome alex = directs(opened).stream().filter(d -> d.to().userId().equals("UALEX")).map(d -> new Outcome(List.of(d)))
			.reduce((a, b) -> b).orElseThrow();
		alex = fixture.core.promptActions().act(caller("UALEX"), button(alex, "Doing well"));
		for (int i = 1; i < disputed.size(); i++) {
			alex = fixture.core.promptActions().act(caller("UALEX"), keepOrDontKnow(alex));
		}
		assertThat(replyText(fixture.say("UALEX", "status"))).contains("You have been through every criterion");
		attack("mid-round 2", 2);
		remindersLookAlike();

		assertThat(replyText(fixture.say("UCHAIR", "close now"))).contains("Round 2 is closed");
		attack("after round 2", 2);
		// No count drops by a silent member's rating: round 1 minus round 2 is zero wherever nobody re-rated.
		Map<String, int[]> round2 = counts(2);
		for (String criterion : disputed) {
			int[] before = round1.get(criterion);
			int[] after = round2.get(criterion);
			assertThat(sum(after)).as("ratings of %s in round 2", criterion).isEqualTo(sum(before));
			if (!criterion.equals(disputed.get(0))) {
				assertThat(after).as("counts of %s, which nobody re-rated", criterion).isEqualTo(before);
			}
		}

		for (String criterion : assessment().currentRound().criteria()) {
			Assessment a = assessment();
			if (!a.settlements().containsKey(criterion)) {
				assertThat(replyText(fixture.say("UCHAIR", "settle " + criterion + " working towards agreed at the meeting")))
					.contains("settled by the chair");
			}
		}
		fixture.core.promptActions().act(caller("UPOL"), CoreFixture.endorseButton(fixture.say("UCHAIR", "endorse"), "UPOL"));
		assertThat(assessment().state()).isEqualTo(Assessment.State.FINAL);
		attack("final", 2);
	}

	/**
	 * Every attack on one dump. Responses and places must hold nothing readable, nothing to group by, and counts,
	 * sizes and order that are the same whoever answered what.
	 */
	private void attack(String moment, int rounds) {
		Map<String, List<Document>> dump = dump();
		List<String> secrets = new ArrayList<>(List.of(EVIDENCE, COMMENT, "don't know", "skipped"));
		secrets.addAll(KEYS);
		for (Document member : dump.get("members")) {
			secrets.add(member.getString("_id"));
			secrets.add(member.getString("platformUserId"));
		}
		for (String collection : List.of("responses", "participation")) {
			Map<String, Set<Object>> seen = new HashMap<>();
			Map<String, Integer> docs = new HashMap<>();
			for (Document d : dump.get(collection)) {
				String json = withoutCiphertext(d).toJson();
				secrets.forEach(s -> assertThat(json).as("%s: a %s document in the clear", moment, collection).doesNotContain(s));
				d.forEach((field, value) -> {
					seen.computeIfAbsent(field, f -> new HashSet<>()).add(value);
					docs.merge(field, 1, Integer::sum);
				});
			}
			// Nothing a person's documents share: every value but the assessment, round and criterion is unique.
			seen.forEach((field, values) -> {
				if (!Set.of("assessmentId", "round", "criterionId").contains(field)) {
					assertThat(values).as("%s: %s.%s repeats, so it groups documents", moment, collection, field)
						.hasSize(docs.get(field));
				}
			});
		}
		// Answered or not, carried or changed, every sealed answer and place has one size; evidence a few.
		assertThat(dump.get("responses").stream().map(d -> d.getString("answer").length()).distinct()).hasSize(1);
		assertThat(dump.get("participation").stream().map(d -> d.getString("place").length()).distinct()).hasSize(1);
		assertThat(dump.get("responses").stream().map(d -> d.getString("evidence").length()).distinct().count())
			.isLessThanOrEqualTo(AnonymityKey.EVIDENCE_SIZES.length);
		// Counts say nothing of progress: every criterion of a round has as many responses as any other.
		for (int round = 1; round <= rounds; round++) {
			int r = round;
			Map<String, Integer> perCriterion = new TreeMap<>();
			dump.get("responses").stream().filter(d -> d.getInteger("round") == r)
				.forEach(d -> perCriterion.merge(d.getString("criterionId"), 1, Integer::sum));
			assertThat(perCriterion.values().stream().distinct()).as("%s: responses per criterion in round %d", moment, round)
				.hasSize(1);
		}
		assertThat(dump.get("participation").stream().filter(d -> d.getInteger("round") == 1)).hasSize(RATERS.size());
		orderAttack(moment, dump.get("responses"));
		// Nothing else in the dump carries what members wrote or chose.
		dump.forEach((collection, documents) -> {
			if (!COLLATED.contains(collection) && !collection.equals("members")) {
				documents.forEach(d -> assertThat(d.toJson()).as("%s: %s", moment, collection)
					.doesNotContain(EVIDENCE, COMMENT, "\"answer\": \"" + KEYS.get(0)));
			}
		});
	}

	/**
	 * Real MongoDB returns documents in the order they were first written. The attacker reads round
	 * 1's responses as written one member after another in board order, or as each criterion's k-th response
	 * being the k-th member's. Scored with the key, neither may do much better than chance (one in five).
	 */
	private void orderAttack(String moment, List<Document> responses) {
		Map<String, Member.PersonId> owner = owners();
		Map<String, Document> byId = new HashMap<>();
		responses.forEach(d -> byId.put(d.getString("_id"), d));
		List<Document> round1 = fixture.responses.ids().stream().map(byId::get)
			.filter(d -> d != null && d.getInteger("round") == 1).toList();
		assertThat(round1).hasSize(RATERS.size() * 49);
		List<String> board = fixture.db.getCollection("members").find().map(d -> d.getString("_id")).into(new ArrayList<>());
		board.retainAll(RATERS.stream().map(u -> personOf(u).value()).toList());
		int blocks = 0;
		int kth = 0;
		Map<String, Integer> seenOf = new HashMap<>();
		for (int i = 0; i < round1.size(); i++) {
			String truth = owner.get(round1.get(i).getString("_id")).value();
			if (board.get(Math.min(i / 49, board.size() - 1)).equals(truth)) {
				blocks++;
			}
			int k = seenOf.merge(round1.get(i).getString("criterionId"), 1, Integer::sum) - 1;
			if (board.get(k % board.size()).equals(truth)) {
				kth++;
			}
		}
		assertThat((double) blocks / round1.size()).as("%s: the order read in blocks", moment).isLessThan(0.4);
		assertThat((double) kth / round1.size()).as("%s: the order read per criterion", moment).isLessThan(0.4);
	}

	/**
	 * A reminder skipped because its member had finished leaves the same records as one delivered: the nudges
	 * and their claims say nothing of who had finished.
	 */
	private void remindersLookAlike() {
		fixture.clock.set(Instant.parse("2026-12-17T09:00:00Z"));
		fixture.core.nudges().sweep();
		fixture.clock.advance(Duration.ofMinutes(1));
		assertThat(fixture.delivered).as("reminders to those who had not finished round 2").isNotEmpty();
		Set<Document> shapes = new HashSet<>();
		for (Document nudge : fixture.db.getCollection("nudges").find(new Document("kind", "ROUND_DUE_IN_1_DAY"))) {
			nudge.remove("_id");
			nudge.remove("target");
			shapes.add(nudge);
		}
		assertThat(shapes).as("reminder records, whoever they were for").hasSize(1);
	}

	private void answer(String user, Map<String, Outcome> prompts, int how, boolean withEvidence) {
		for (int i = 0; i < how; i++) {
			Outcome prompt = prompts.get(user);
			if (withEvidence && i < 2) {
				Outcome form = fixture.core.promptActions().act(caller(user), button(prompt, "Add evidence / comment"));
				String context = ((Delivery.OpenForm) form.deliveries().get(0)).form().context();
				fixture.core.forms().submit(caller(user), context, Map.of("evidence", EVIDENCE, "comment", COMMENT));
			}
			String label = random.nextInt(10) == 0 ? "Don't know" : LABELS.get(random.nextInt(LABELS.size()));
			prompts.put(user, fixture.core.promptActions().act(caller(user), button(prompt, label)));
		}
	}

	/** Keep my rating where there is one to keep; else "Don't know", which is what was carried. */
	private static ButtonAction keepOrDontKnow(Outcome outcome) {
		Card card = directs(outcome).get(directs(outcome).size() - 1).card();
		return card.parts().stream().filter(p -> p instanceof Card.Part.Buttons)
			.flatMap(p -> ((Card.Part.Buttons) p).buttons().stream())
			.filter(b -> b.label().startsWith("Keep my rating"))
			.findFirst().map(Card.Button::action).orElseGet(() -> button(outcome, "Don't know"));
	}

	private static ButtonAction button(Outcome outcome, String label) {
		return CoreFixture.button(outcome, label);
	}

	/** Ratings per level of every criterion in a round, as the operator holding the key would count them. */
	private Map<String, int[]> counts(int round) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		for (String line : fixture.answers()) {
			String[] parts = line.split(" ", 3);
			if (Integer.parseInt(parts[0]) == round && KEYS.contains(parts[2])) {
				counts.computeIfAbsent(parts[1], c -> new int[KEYS.size()])[KEYS.indexOf(parts[2])]++;
			}
		}
		return counts;
	}

	private static int sum(int[] counts) {
		int sum = 0;
		for (int c : counts) {
			sum += c;
		}
		return sum;
	}

	/** Who wrote each response, which only the key can tell. */
	private Map<String, Member.PersonId> owners() {
		Assessment a = assessment();
		Map<String, Member.PersonId> owner = new HashMap<>();
		for (String user : RATERS) {
			Member.PersonId person = personOf(user);
			for (var round : a.rounds()) {
				round.criteria().forEach(c -> owner.put(fixture.key.response(a, round.number(), c, person).value(), person));
			}
		}
		return owner;
	}

	private Member.PersonId personOf(String user) {
		Partnership.PartnershipId partnership = new Partnership.PartnershipId(
				fixture.db.getCollection("partnerships").find().first().getString("_id"));
		return Boards.personIdFor(partnership, new PlatformUser("slack", CoreFixture.WORKSPACE, user));
	}

	private Assessment assessment() {
		return fixture.store.assessments()
			.find(new Assessment.AssessmentId(fixture.db.getCollection("assessments").find().first().getString("_id")))
			.orElseThrow();
	}

	private Map<String, List<Document>> dump() {
		Map<String, List<Document>> dump = new TreeMap<>();
		for (String name : fixture.db.listCollectionNames()) {
			dump.put(name, fixture.db.getCollection(name).find().into(new ArrayList<>()));
		}
		return dump;
	}

}
