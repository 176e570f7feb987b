package org.accord.core.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.accord.core.card.Mention;
import org.accord.core.consensus.CriterionResult;
import org.accord.core.consensus.PlainWords;
import org.accord.core.document.CriterionChart;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Criterion;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Level;
import org.accord.core.domain.Response;
import org.accord.core.domain.Section;
import org.accord.core.domain.Settlement;
import org.accord.core.port.in.MeetingPage.Item;
import org.accord.core.stats.CriterionFigures;

/**
 * The meeting page's criteria: every one the members did not agree, with the figures and words of the last closed
 * round it was in. What a member wrote is shown only where the distribution is, and in an order that follows the
 * words and the link, never the store or the writer.
 */
final class MeetingItems {

	private final Results results;

	private final Ballots ballots;

	private final PreviousCycle previous;

	/** Each member's words to the key they are ordered by. */
	private final Function<String, String> order;

	MeetingItems(Results results, Ballots ballots, PreviousCycle previous, Function<String, String> order) {
		this.results = results;
		this.ballots = ballots;
		this.previous = previous;
		this.order = order;
	}

	List<Item> items() {
		Assessment assessment = results.assessment();
		List<Item> items = new ArrayList<>();
		for (Section section : results.framework().sections()) {
			for (Criterion c : section.criteria()) {
				Optional<CriterionResult> latest = results.latest(c.id());
				if (!assessment.agreedByMembers(c.id()) && latest.isPresent()) {
					items.add(item(section, c, latest.get()));
				}
			}
		}
		return items;
	}

	private Item item(Section section, Criterion c, CriterionResult result) {
		Assessment assessment = results.assessment();
		Framework framework = results.framework();
		List<Integer> counts = new ArrayList<>();
		List<String> rationales = new ArrayList<>();
		List<String> evidence = new ArrayList<>();
		if (result.shown()) {
			for (int rank = 1; rank <= framework.scale().levels().size(); rank++) {
				counts.add(result.figures().distribution().count(rank));
			}
			// With too few answers even the words could tell whose rating is whose: none are shown either.
			for (Response r : ballots.criterion(assessment.id(), result.round(), c.id())) {
				if (r.evidence() != null) {
					add(rationales, r.evidence().comment());
					add(evidence, r.evidence().text());
				}
			}
			rationales.sort(Comparator.comparing(order));
			evidence.sort(Comparator.comparing(order));
		}
		Settlement s = assessment.settlements().get(c.id());
		byte[] chart = counts.isEmpty() ? null
				: CriterionChart.png(framework.scale().levels().stream().map(Level::label).toList(), counts, 960, 420);
		return new Item(c.id(), c.title(), section.id() + " " + section.title(), c.prompts(), result.round(), counts, chart,
				PlainWords.agreement(framework, result), result.shown() ? figures(framework, result.figures()) : List.of(),
				rationales, evidence, state(assessment, framework, c.id(), s), s == null ? null : s.levelKey(),
				s == null ? null : s.note(), previous.levelThen(framework, c.id()).orElse(null));
	}

	private static void add(List<String> words, String text) {
		if (text != null && !text.isBlank()) {
			words.add(Mention.plain(text.strip()));
		}
	}

	private static String state(Assessment assessment, Framework framework, String id, Settlement s) {
		if (s == null) {
			return assessment.inOpenRound(id) ? "Being rated again in round " + assessment.round() : "Disputed";
		}
		String level = framework.scale().level(s.levelKey()).map(Level::label).orElse(s.levelKey());
		return (s.how() == Settlement.How.MEETING ? "Agreed at the meeting: " : "Settled by the chair: ") + level;
	}

	/** The figures as a chair would read them out, each with its name for whoever wants the statistic. */
	static List<String> figures(Framework framework, CriterionFigures f) {
		List<String> labels = framework.scale().levels().stream().map(Level::label).toList();
		List<String> lines = new ArrayList<>();
		double median = f.median().orElse(0);
		lines.add("The middle rating is " + between(labels, median) + " (median).");
		double iqr = f.interquartileRange().orElse(0);
		lines.add(iqr == 0 ? "The middle half of the ratings are all in one category (interquartile range 0)."
				: "The middle half of the ratings spread over " + number(iqr) + (iqr == 1 ? " category step" : " category steps")
						+ " (interquartile range " + number(iqr) + ").");
		List<String> modal = f.modalRanks().stream().map(r -> labels.get(r - 1)).toList();
		long share = Math.round(f.modalShare().orElse(0) * 100);
		lines.add((modal.size() == 1 ? "Most chosen: " + modal.get(0) + ", by " : "Most chosen, equally: "
				+ String.join(" and ", modal) + ", each by ") + share + "% of those who rated (modal share).");
		lines.add("Agreement " + String.format(Locale.ROOT, "%.2f", f.consensus().orElse(0))
				+ " on a scale from 0 (split between the ends) to 1 (all alike) (Tastle–Wierman consensus).");
		return lines;
	}

	private static String between(List<String> labels, double median) {
		int low = (int) Math.floor(median);
		return median == low ? labels.get(low - 1) : "between " + labels.get(low - 1) + " and " + labels.get(low);
	}

	private static String number(double d) {
		return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.2f", d).replaceAll("0+$", "");
	}

	/** A key for ordering words that nobody without Accord's key can predict or tie to the store's order. */
	static String hex(byte[] mac) {
		return HexFormat.of().formatHex(mac);
	}

}
