package org.accord.core.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One cycle of one framework for one partnership, with its rounds, how each criterion was settled, the
 * board's agreed texts, and the endorsements. It is one document, changed by compare-and-set on
 * {@code version}, so no change needs a transaction.
 */
public record Assessment(AssessmentId id, Partnership.PartnershipId partnershipId, String frameworkId, String title,
		State state, List<Round> rounds, double agreementThreshold, int minimumToShow,
		Map<String, Settlement> settlements, Map<String, AgreedText> agreedTexts, List<Endorsement> endorsements,
		LocalDate started, long version) {

	public static final double DEFAULT_THRESHOLD = 0.70;

	public static final int DEFAULT_MINIMUM_TO_SHOW = 3;

	public Assessment {
		rounds = List.copyOf(rounds);
		settlements = Map.copyOf(settlements);
		agreedTexts = Map.copyOf(agreedTexts);
		endorsements = List.copyOf(endorsements);
	}

	public record AssessmentId(String value) {
	}

	public enum State {

		DRAFT, COLLECTING, RECONCILING, ENDORSING, FINAL, MONITORING

	}

	/** A new cycle with round 1 open over every criterion. */
	public static Assessment open(AssessmentId id, Partnership.PartnershipId partnership, String frameworkId, String title,
			List<String> criteria, LocalDate due, LocalDate started) {
		return new Assessment(id, partnership, frameworkId, title, State.COLLECTING,
				List.of(new Round(1, criteria, due, true)), DEFAULT_THRESHOLD, DEFAULT_MINIMUM_TO_SHOW, Map.of(), Map.of(),
				List.of(), started, 0);
	}

	public Round currentRound() {
		return rounds.get(rounds.size() - 1);
	}

	public int round() {
		return currentRound().number();
	}

	public boolean roundOpen() {
		return currentRound().open();
	}

	public LocalDate dueDate() {
		return currentRound().due();
	}

	public Optional<Round> round(int number) {
		return rounds.stream().filter(r -> r.number() == number).findFirst();
	}

	public boolean acceptsAnswers() {
		return state == State.COLLECTING && roundOpen();
	}

	/** The last round in which the criterion was put to the members. */
	public int lastRoundOf(String criterionId) {
		int last = 0;
		for (Round r : rounds) {
			if (r.criteria().contains(criterionId)) {
				last = r.number();
			}
		}
		return last;
	}

	/** The chair may still change the form: while reconciling, or while endorsement is asked (which then restarts). */
	public boolean reconcilable() {
		return state == State.RECONCILING || state == State.ENDORSING;
	}

	/** Consensus rounds come between rounds, before endorsement is asked. */
	public boolean takesConsensusRound() {
		return state == State.RECONCILING && !roundOpen();
	}

	/** Whether endorsement is asked: then any change to the form voids what was endorsed. */
	public boolean endorsementAsked() {
		return state == State.ENDORSING;
	}

	/** The criterion is being re-rated in the round now open, so its figures wait for the round's end. */
	public boolean inOpenRound(String criterionId) {
		return roundOpen() && currentRound().criteria().contains(criterionId);
	}

	public boolean agreedByMembers(String criterionId) {
		Settlement s = settlements.get(criterionId);
		return s != null && s.how() == Settlement.How.AGREED;
	}

	/** Of the given criteria, in their order, those neither agreed by the members nor settled by the chair. */
	public List<String> disputed(List<String> criteria) {
		return criteria.stream().filter(id -> !settlements.containsKey(id)).toList();
	}

	/**
	 * The chair may settle a criterion the members did not agree (again, if the chair settled it before), once no
	 * round is open and while the form is not final.
	 */
	public boolean settleableByChair(String criterionId) {
		return !roundOpen() && reconcilable() && !agreedByMembers(criterionId);
	}

	/**
	 * Closing the round: answers are refused from now, each criterion the members agreed is settled at the level they
	 * agreed on, and the rest wait for the chair.
	 *
	 * @param agreedLevels the level key of each criterion agreed in this round
	 */
	public Assessment roundClosed(Map<String, String> agreedLevels) {
		if (!roundOpen()) {
			throw new IllegalStateException("No round is open");
		}
		Map<String, Settlement> agreed = new LinkedHashMap<>();
		agreedLevels.forEach((id, level) -> agreed.put(id, new Settlement(Settlement.How.AGREED, round(), level, null)));
		return withCurrentRoundClosed(agreed);
	}

	/**
	 * What stands in the way of opening the last round again, in words; empty when nothing later depends on it: no
	 * round after it, nothing settled by the chair or at a meeting from it, no shared text of its criteria, no
	 * endorsement asked.
	 */
	public Optional<String> whyNotReopened() {
		if (state == State.FINAL || state == State.MONITORING) {
			return Optional.of("the form is final");
		}
		if (roundOpen()) {
			return Optional.of("round " + round() + " is open");
		}
		if (!endorsements.isEmpty()) {
			return Optional.of("endorsement has been asked for since it closed");
		}
		List<String> settledSince = settlements.entrySet().stream()
			.filter(e -> e.getValue().round() == round() && e.getValue().how() != Settlement.How.AGREED).map(Map.Entry::getKey).toList();
		if (!settledSince.isEmpty()) {
			return Optional.of("the board has settled " + String.join(", ", settledSince) + " since it closed");
		}
		List<String> texts = currentRound().criteria().stream().filter(agreedTexts::containsKey).toList();
		if (!texts.isEmpty()) {
			return Optional.of("the board's shared text of " + String.join(", ", texts) + " has been written since");
		}
		return Optional.empty();
	}

	/** The last round open again, as before it closed: what its members agreed is theirs to change once more. */
	public Assessment roundReopened(LocalDate due) {
		if (whyNotReopened().isPresent()) {
			throw new IllegalStateException("The round cannot be reopened: " + whyNotReopened().get());
		}
		Map<String, Settlement> kept = new LinkedHashMap<>(settlements);
		kept.values().removeIf(s -> s.round() == round() && s.how() == Settlement.How.AGREED);
		List<Round> next = new ArrayList<>(rounds);
		Round last = currentRound();
		next.set(next.size() - 1, new Round(last.number(), last.criteria(), due, true));
		return new Assessment(id, partnershipId, frameworkId, title, State.COLLECTING, next, agreementThreshold, minimumToShow,
				kept, agreedTexts, endorsements, started, version);
	}

	/** A consensus round on disputed criteria only: a criterion once settled is not put to the members again. */
	public Assessment consensusRound(List<String> criteria, LocalDate due) {
		if (!takesConsensusRound() || criteria.isEmpty() || criteria.stream().anyMatch(settlements::containsKey)) {
			throw new IllegalStateException("A consensus round takes disputed criteria, between rounds, before endorsement");
		}
		return withRound(new Round(round() + 1, criteria, due, true));
	}

	/** The chair's decision where the board could not agree; as any change to the form, it voids endorsements asked. */
	public Assessment settledByChair(String criterionId, String levelKey, String note) {
		return settled(criterionId, Settlement.How.CHAIR, levelKey, note);
	}

	/**
	 * What the board agreed face to face at its meeting, as the chair records it: the same rule as the chair's own
	 * decision, since the members did not agree it in a round.
	 */
	public Assessment settledAtMeeting(String criterionId, String levelKey, String note) {
		return settled(criterionId, Settlement.How.MEETING, levelKey, note);
	}

	private Assessment settled(String criterionId, Settlement.How how, String levelKey, String note) {
		if (!settleableByChair(criterionId)) {
			throw new IllegalStateException("The chair may not settle " + criterionId + " now");
		}
		return formChanged().withSettlement(criterionId, new Settlement(how, lastRoundOf(criterionId), levelKey, note));
	}

	/** The board's shared text for a criterion; as any change to the form, it voids endorsements asked. */
	public Assessment withSharedText(String criterionId, AgreedText text) {
		if (!reconcilable()) {
			throw new IllegalStateException("The form is final");
		}
		return formChanged().withAgreedText(criterionId, text);
	}

	/**
	 * What the form says, in a short word that changes whenever any of it does (a settlement, a note, the board's
	 * text, the title): an endorsement request carries it, so that an endorsement is of the exact form its request
	 * showed, never of a form changed since.
	 */
	public String formFingerprint() {
		StringBuilder form = new StringBuilder(title == null ? "" : title).append('\n');
		new java.util.TreeMap<>(settlements).forEach((id, s) -> form.append("s\u0000").append(id).append('\u0000')
			.append(s.how()).append('\u0000').append(s.round()).append('\u0000').append(s.levelKey()).append('\u0000')
			.append(s.note() == null ? "" : s.note()).append('\n'));
		new java.util.TreeMap<>(agreedTexts).forEach((id, t) -> form.append("t\u0000").append(id).append('\u0000')
			.append(t.evidence() == null ? "" : t.evidence()).append('\u0000').append(t.comment() == null ? "" : t.comment())
			.append('\n'));
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(form.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is not available", e);
		}
	}

	/**
	 * A change while endorsement is asked voids the endorsements given so far: they were of a form that no longer
	 * stands. The chair asks again.
	 */
	private Assessment formChanged() {
		return endorsementAsked() ? withEndorsements(State.RECONCILING, List.of()) : this;
	}

	/** The agreement threshold (share in one level) and k (fewest ratings whose distribution is shown). */
	public Assessment withRules(double threshold, int minimum) {
		return new Assessment(id, partnershipId, frameworkId, title, state, rounds, threshold, minimum, settlements,
				agreedTexts, endorsements, started, version);
	}

	public Assessment withCurrentRoundClosed(Map<String, Settlement> agreed) {
		List<Round> next = new ArrayList<>(rounds);
		next.set(next.size() - 1, currentRound().closed());
		Map<String, Settlement> settled = new LinkedHashMap<>(settlements);
		settled.putAll(agreed);
		return new Assessment(id, partnershipId, frameworkId, title, State.RECONCILING, next, agreementThreshold,
				minimumToShow, settled, agreedTexts, endorsements, started, version);
	}

	public Assessment withRound(Round round) {
		List<Round> next = new ArrayList<>(rounds);
		next.add(round);
		return new Assessment(id, partnershipId, frameworkId, title, State.COLLECTING, next, agreementThreshold,
				minimumToShow, settlements, agreedTexts, endorsements, started, version);
	}

	public Assessment withSettlement(String criterionId, Settlement settlement) {
		Map<String, Settlement> settled = new LinkedHashMap<>(settlements);
		settled.put(criterionId, settlement);
		return new Assessment(id, partnershipId, frameworkId, title, state, rounds, agreementThreshold, minimumToShow,
				settled, agreedTexts, endorsements, started, version);
	}

	public Assessment withAgreedText(String criterionId, AgreedText text) {
		Map<String, AgreedText> texts = new LinkedHashMap<>(agreedTexts);
		texts.put(criterionId, text);
		return new Assessment(id, partnershipId, frameworkId, title, state, rounds, agreementThreshold, minimumToShow,
				settlements, texts, endorsements, started, version);
	}

	public Assessment withEndorsements(State newState, List<Endorsement> newEndorsements) {
		return new Assessment(id, partnershipId, frameworkId, title, newState, rounds, agreementThreshold, minimumToShow,
				settlements, agreedTexts, newEndorsements, started, version);
	}

	/**
	 * Endorsement asked of the board's responsible authorities, between rounds and before the form is final. An
	 * endorsement already given stands, since the form has not changed since (any change voids them all); a decline,
	 * and an authority new to the board, are asked afresh.
	 */
	public Assessment endorsementRequested(List<Member> authorities) {
		if (roundOpen() || state == State.FINAL || authorities.isEmpty()) {
			throw new IllegalStateException("Endorsement is asked between rounds, of the authorities, before the form is final");
		}
		List<Endorsement> asked = authorities.stream()
			.map(m -> endorsementOf(m.id()).filter(e -> e.decision() == Endorsement.Decision.ENDORSED)
				.orElse(new Endorsement(m.id(), m.user(), m.agency(), Endorsement.Decision.AWAITED, null, null)))
			.toList();
		return withEndorsements(State.ENDORSING, asked);
	}

	/** The endorsement asked of this person, if it was asked of them. */
	public Optional<Endorsement> endorsementOf(Member.PersonId person) {
		return endorsements.stream().filter(e -> e.person().equals(person)).findFirst();
	}

	public boolean endorsedBy(Member.PersonId person) {
		return endorsementOf(person).map(e -> e.decision() == Endorsement.Decision.ENDORSED).orElse(false);
	}

	public long endorsedCount() {
		return endorsements.stream().filter(e -> e.decision() == Endorsement.Decision.ENDORSED).count();
	}

	/**
	 * An authority asked answers: they endorse, or decline with a reason the chair can act on. The form is final
	 * once every authority asked has endorsed; until then, asking again is how a decline is answered.
	 */
	public Assessment answeredBy(Member.PersonId person, Endorsement.Decision decision, String reason, LocalDate date) {
		if (state != State.ENDORSING) {
			throw new IllegalStateException("This assessment is not waiting for endorsement");
		}
		Endorsement asked = endorsementOf(person)
			.orElseThrow(() -> new IllegalStateException("Endorsement was not asked of " + person.value()));
		if (decision == Endorsement.Decision.AWAITED
				|| decision == Endorsement.Decision.DECLINED && (reason == null || reason.isBlank())) {
			throw new IllegalArgumentException("An answer endorses, or declines with a reason");
		}
		List<Endorsement> next = new ArrayList<>();
		for (Endorsement e : endorsements) {
			next.add(e == asked ? new Endorsement(e.person(), e.user(), e.agency(), decision,
					decision == Endorsement.Decision.DECLINED ? reason.strip() : null, date) : e);
		}
		boolean all = next.stream().allMatch(e -> e.decision() == Endorsement.Decision.ENDORSED);
		return withEndorsements(all ? State.FINAL : State.ENDORSING, next);
	}

}
