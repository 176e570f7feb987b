package org.accord.core.service;

import org.accord.core.card.Verbatim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.accord.core.card.ButtonAction;
import org.accord.core.card.Card;
import org.accord.core.card.Card.Button;
import org.accord.core.card.Card.Part;
import org.accord.core.card.Form;
import org.accord.core.domain.Answer;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Criterion;
import org.accord.core.domain.Evidence;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Level;
import org.accord.core.domain.Response;

/** The words and buttons of the collection conversation, one criterion a card. */
final class PromptCards {

	static final String EVIDENCE_FORM_TITLE = "Evidence and comment";

	private PromptCards() {
	}

	static Card introduction(Assessment assessment, Framework framework) {
		String due = assessment.dueDate() == null ? "" : " Please finish by *" + assessment.dueDate() + "*.";
		String text = "*" + Verbatim.of(assessment.title()) + "*\n" + "Your board is assessing itself against _" + framework.title()
				+ "_: " + framework.criterionCount() + " criteria, one at a time. For each, choose the category that fits best,"
				+ " or \"Don't know\"; add evidence or a comment if you can. You can stop at any time and carry on later."
				+ due + "\n" + "Your answers are anonymous: they are stored under a pseudonym, and the board only ever sees"
				+ " them collated, never with your name.";
		// The definitions once here, where a member reads before their first rating; each prompt has them a press away.
		List<Part> parts = new ArrayList<>();
		parts.add(new Part.Text(text));
		parts.add(new Part.Text("_The categories_ (each prompt's *" + DEFINITIONS_LABEL + "* shows them again)"));
		definitions(framework).parts().stream().skip(1).forEach(parts::add);
		return new Card("Self-assessment: " + Verbatim.of(assessment.title()), parts);
	}

	/**
	 * What a consensus round shows beside a criterion: how the board rated it last time, anonymously, and
	 * what members wrote, in an order that changes every time.
	 *
	 * @param distribution the last round's counts in words, or "too few answers to show"
	 * @param mine the member's own last answer, which they may keep
	 */
	record Previous(int round, String distribution, List<Rationale> rationales, Answer mine) {
	}

	/** One thing a member wrote last round, unmarked: their comment, or their evidence. */
	record Rationale(boolean evidence, String words) {

		String shown(int most) {
			String label = evidence ? "Evidence: " : "";
			if (words.length() <= most) {
				return label + Verbatim.of(words);
			}
			int space = words.lastIndexOf(' ', most);
			String start = words.substring(0, space > most / 2 ? space : most).strip();
			return label + Verbatim.of(start) + "… _(shortened: *Read in full* shows all of it)_";
		}

	}

	/**
	 * How much of each entry a prompt shows: each is shortened on its own, so one long entry never pushes the
	 * others out, and the whole of every one is a press away.
	 */
	static final int RATIONALE_SHOWN = 300;

	/**
	 * One criterion: its words and guidance prompts, and a button for each category. The categories' definitions
	 * are the same on every criterion, so they are a press away rather than repeated on each.
	 */
	static Card prompt(Assessment assessment, Framework framework, List<Criterion> criteria, int index, Response current,
			Previous previous) {
		Criterion criterion = criteria.get(index);
		String id = assessment.id().value();
		int round = assessment.round();
		List<Part> parts = new ArrayList<>();
		parts.add(new Part.Heading(criterion.id() + " " + criterion.title()));
		boolean shortened = false;
		if (previous != null) {
			StringBuilder last = new StringBuilder("*How the board rated this in round " + previous.round()
					+ "* (anonymous): " + previous.distribution());
			if (!previous.rationales().isEmpty()) {
				last.append("\n_What members wrote_ (anonymous, in no particular order)");
				for (Rationale r : previous.rationales()) {
					last.append("\n• ").append(r.shown(RATIONALE_SHOWN));
					shortened |= r.words().length() > RATIONALE_SHOWN;
				}
			}
			parts.add(new Part.Text(last.toString()));
		}
		if (!criterion.prompts().isEmpty()) {
			StringBuilder prompts = new StringBuilder("_Guidance prompts_");
			criterion.prompts().forEach(p -> prompts.append("\n• ").append(p));
			parts.add(new Part.Text(prompts.toString()));
		}
		criterion.items().forEach(item -> parts.add(new Part.Text("*" + item.id() + "* " + item.text())));
		parts.add(new Part.Divider());
		parts.add(new Part.Text("*Which category fits best?*"));
		List<Button> categories = new ArrayList<>();
		for (Level level : framework.scale().levels()) {
			categories.add(Button.of(level.label(), new ButtonAction(ButtonAction.Kind.RATE, id, round, criterion.id(), level.key())));
		}
		for (Level other : framework.scale().otherAnswers()) {
			categories.add(Button.of(other.label(), new ButtonAction(ButtonAction.Kind.RATE, id, round, criterion.id(), other.key())));
		}
		parts.add(new Part.Buttons(categories));
		List<Button> others = new ArrayList<>();
		if (previous != null && previous.mine() != null && previous.mine().isRating()) {
			others.add(new Button("Keep my rating (" + answerWords(framework, previous.mine()) + ")",
					ButtonAction.of(ButtonAction.Kind.KEEP, id, round, criterion.id()), "primary"));
		}
		others.add(Button.of("Don't know", ButtonAction.of(ButtonAction.Kind.DONT_KNOW, id, round, criterion.id())));
		others.add(Button.of("Skip for now", ButtonAction.of(ButtonAction.Kind.SKIP, id, round, criterion.id())));
		others.add(Button.of("Back", ButtonAction.of(ButtonAction.Kind.BACK, id, round, criterion.id())));
		others.add(Button.of("Add evidence / comment", ButtonAction.of(ButtonAction.Kind.EVIDENCE, id, round, criterion.id())));
		others.add(Button.of(DEFINITIONS_LABEL, ButtonAction.of(ButtonAction.Kind.DEFINITIONS, id, round, criterion.id())));
		if (shortened) {
			others.add(Button.of("Read in full", ButtonAction.of(ButtonAction.Kind.RATIONALES, id, round, criterion.id())));
		}
		parts.add(new Part.Buttons(others));
		String yours = current == null || current.answer() == null ? ""
				: " · Your answer: " + answerWords(framework, current.answer()) + (current.carried() ? " (from last round)" : "");
		String evidence = current != null && current.evidence() != null && !current.evidence().isEmpty() ? " · evidence added" : "";
		parts.add(new Part.Context(progress(assessment, framework, criteria, index) + yours + evidence));
		return new Card(criterion.id() + " " + criterion.title(), parts);
	}

	static final String DEFINITIONS_LABEL = "What the categories mean";

	/** The scale's categories with their definitions, word for word from the framework. */
	static Card definitions(Framework framework) {
		List<Part> parts = new ArrayList<>();
		parts.add(new Part.Heading(DEFINITIONS_LABEL));
		for (Level level : framework.scale().levels()) {
			parts.add(new Part.Text("*" + level.label() + "*: " + level.definition()));
		}
		for (Level other : framework.scale().otherAnswers()) {
			parts.add(new Part.Text("*" + other.label() + "*: " + other.definition()));
		}
		parts.add(new Part.Text("*Don't know*: when you cannot judge this criterion."));
		if (framework.scale().source() != null && !framework.scale().source().isBlank()) {
			parts.add(new Part.Context("From " + framework.scale().source()));
		}
		return new Card(DEFINITIONS_LABEL, parts);
	}

	/** Everything members wrote on a criterion last round, whole, in a fresh order. */
	static Card rationales(String criterionId, Previous previous) {
		StringBuilder text = new StringBuilder();
		previous.rationales().forEach(r -> text.append(text.length() == 0 ? "• " : "\n• ").append(r.shown(Integer.MAX_VALUE)));
		return new Card("What members wrote on " + criterionId, List.of(
				new Part.Heading("What members wrote on " + criterionId + " in round " + previous.round()),
				new Part.Context("Anonymous, in no particular order."),
				new Part.Text(text.length() == 0 ? "Nothing was written, or too few answered to show it." : text.toString())));
	}

	/** The prompt once answered: the choice stays visible and can still be changed from the prompt it was given on. */
	static Card answered(Assessment assessment, Framework framework, List<Criterion> criteria, int index, Answer answer,
			Previous previous) {
		Criterion criterion = criteria.get(index);
		Card prompt = prompt(assessment, framework, criteria, index, null, previous);
		List<Part> parts = new ArrayList<>(prompt.parts().subList(0, prompt.parts().size() - 1));
		parts.add(new Part.Context(progress(assessment, framework, criteria, index) + " · You answered: *"
				+ answerWords(framework, answer)
				+ "* (press another to change it until the round closes)"));
		return new Card(criterion.id() + ": " + answerWords(framework, answer), parts);
	}

	static Card summary(Assessment assessment, Framework framework, List<Criterion> criteria, Map<String, Response> mine,
			boolean finished) {
		List<Part> parts = new ArrayList<>();
		parts.add(new Part.Heading(finished ? "Thank you: you have been through every criterion" : "Your answers so far"));
		StringBuilder lines = new StringBuilder();
		List<String> open = new ArrayList<>();
		for (Criterion criterion : criteria) {
			Response response = mine.get(criterion.id());
			Answer answer = response == null ? null : response.answer();
			if (answer == null || answer.kind() == Answer.Kind.SKIPPED || response.carried()) {
				open.add(criterion.id());
			}
			lines.append(criterion.id()).append("  ").append(answer == null ? "not answered" : answerWords(framework, answer));
			if (response != null && response.carried()) {
				lines.append(" (from last round: it stands unless you change it)");
			}
			if (response != null && response.evidence() != null && !response.evidence().isEmpty()) {
				lines.append(" · evidence");
			}
			lines.append('\n');
		}
		parts.add(new Part.Text(lines.toString().strip()));
		if (!open.isEmpty()) {
			parts.add(new Part.Text("Still open: " + String.join(", ", open) + "."));
		}
		if (finished) {
			parts.add(new Part.Text("What happens next: when the round closes, the chair collates everyone's answers"
					+ " anonymously. Where the board disagrees you may be asked to look again at a criterion, seeing how"
					+ " others rated it but never who. Until then you can change any answer: " + "press Continue or go back."));
		}
		List<Button> buttons = new ArrayList<>();
		buttons.add(Button.of(open.isEmpty() ? "Review from the start" : "Answer what is open",
				ButtonAction.of(ButtonAction.Kind.CONTINUE, assessment.id().value(), assessment.round(), open.isEmpty() ? null : open.get(0))));
		parts.add(new Part.Buttons(buttons));
		return new Card(finished ? "You have been through every criterion" : "Your answers so far", parts);
	}

	static Form evidenceForm(Framework framework, String criterionId, String context, Evidence current) {
		Evidence e = current == null ? Evidence.NONE : current;
		return new Form(EVIDENCE_FORM_TITLE, "Save", context,
				List.of(new Form.Input("evidence", "Evidence for " + criterionId,
						"What shows this: work done, reviews, audits, minutes…", true,
						e.text(), Evidence.TEXT_MAX),
						new Form.Input("document", "Document", "e.g. Annual review 2025", false, e.document(), Evidence.DOCUMENT_MAX),
						new Form.Input("page", "Page", null, false, e.page(), Evidence.PLACE_MAX),
						new Form.Input("paragraph", "Paragraph", null, false, e.paragraph(), Evidence.PLACE_MAX),
						new Form.Input("comment", "Additional comment", "Anything the category alone does not say", true, e.comment(), Evidence.TEXT_MAX)));
	}

	static String progress(Assessment assessment, Framework framework, List<Criterion> criteria, int index) {
		String section = framework.sectionOf(criteria.get(index).id()).map(s -> s.title()).orElse("");
		return (index + 1) + " of " + criteria.size() + " · " + section
				+ (assessment.round() > 1 ? " · consensus round " + assessment.round() : "");
	}

	static Card consensusIntroduction(Assessment assessment, List<Criterion> criteria) {
		String due = assessment.dueDate() == null ? "" : " Please answer by *" + assessment.dueDate() + "*.";
		String text = "*" + Verbatim.of(assessment.title()) + ": consensus round " + assessment.round() + "*\n" + "The board disagreed on "
				+ criteria.size() + (criteria.size() == 1 ? " criterion" : " criteria") + ". For each you will see how the board"
				+ " rated it last round and what members wrote, all anonymously. Keep your rating or change it: where you"
				+ " do not answer, your rating from last round stands." + due;
		return new Card("Consensus round " + assessment.round() + ": " + Verbatim.of(assessment.title()), List.of(new Part.Text(text)));
	}

	static String answerWords(Framework framework, Answer answer) {
		return switch (answer.kind()) {
			case DONT_KNOW -> "Don't know";
			case SKIPPED -> "Skipped for now";
			case LEVEL -> framework.scale().level(answer.levelKey()).map(Level::label).orElse(answer.levelKey());
		};
	}

}
