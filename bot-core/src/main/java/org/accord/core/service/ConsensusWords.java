package org.accord.core.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.accord.core.card.Outcome;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Level;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.CloseRound;
import org.accord.core.port.in.EditSharedText;
import org.accord.core.port.in.ExportDocuments;
import org.accord.core.port.in.MeetingPage;
import org.accord.core.port.in.SettleCriterion;
import org.accord.core.port.in.ShowConsensus;
import org.accord.core.port.in.StartConsensusRound;

/**
 * The chair's reconciling as typed: {@code close}, {@code consensus}, {@code round …}, {@code settle …},
 * {@code text …}, {@code export}. Reads the words into a use case's command and calls it; what the words cannot
 * say is answered with how to write them. Who may do what is the use case's to decide, not this reader's.
 */
final class ConsensusWords {

	private final CloseRound close;

	private final ShowConsensus view;

	private final StartConsensusRound round;

	private final SettleCriterion settle;

	private final EditSharedText text;

	private final ExportDocuments export;

	private final MeetingPage meeting;

	private final ConsensusContext context;

	ConsensusWords(CloseRound close, ShowConsensus view, StartConsensusRound round, SettleCriterion settle,
			EditSharedText text, ExportDocuments export, MeetingPage meeting, ConsensusContext context) {
		this.meeting = meeting;
		this.close = close;
		this.view = view;
		this.round = round;
		this.settle = settle;
		this.text = text;
		this.export = export;
		this.context = context;
	}

	Outcome close(Caller caller, CommandText command) {
		// `close now` closes though members have not finished; `close` alone asks first.
		return close.close(caller, new CloseRound.Command(null, command.after(1).stream().anyMatch("now"::equalsIgnoreCase)));
	}

	/** {@code reopen}: the round just closed, open again. */
	Outcome reopen(Caller caller, CommandText command) {
		return close.reopen(caller, new CloseRound.Command(null));
	}

	/** {@code consensus}: plain words, the disputed first; {@code consensus figures} (or {@code all}): every criterion's figures. */
	Outcome view(Caller caller, CommandText command) {
		String word = command.word(1).toLowerCase(java.util.Locale.ROOT);
		return view.show(caller, new ShowConsensus.Command(null, word.equals("figures") || word.equals("all"), false));
	}

	/** {@code meeting}, {@code meeting view}: a link to the meeting page; {@code meeting end}: every link ended. */
	Outcome meeting(Caller caller, CommandText command) {
		String word = command.word(1).toLowerCase(java.util.Locale.ROOT);
		return switch (word) {
			case "" -> meeting.link(caller, new MeetingPage.LinkCommand(null, false));
			case "view" -> meeting.link(caller, new MeetingPage.LinkCommand(null, true));
			case "end" -> meeting.endLinks(caller, new MeetingPage.LinkCommand(null, false));
			default -> Outcome.reply("`" + caller.commandPrefix() + "meeting` gives you a link to the meeting page; `"
					+ caller.commandPrefix() + "meeting view` a view-only one; `" + caller.commandPrefix()
					+ "meeting end` ends every link to it.");
		};
	}

	Outcome export(Caller caller, CommandText command) {
		return export.export(caller, new ExportDocuments.Command(null));
	}

	/** {@code text <criterion>}: the form for the board's shared text. */
	Outcome textForm(Caller caller, CommandText command) {
		return text.openForm(caller, null, command.word(1));
	}

	/** {@code round [all | 1.2 3.4 …] [due YYYY-MM-DD]}: a consensus round on disputed criteria. */
	Outcome startRound(Caller caller, CommandText command) {
		List<String> words = new ArrayList<>(command.after(1));
		LocalDate due = null;
		int dueAt = indexOf(words, "due");
		if (dueAt >= 0) {
			if (dueAt + 1 >= words.size()) {
				return Outcome.reply("Give the due date as YYYY-MM-DD, e.g. `due 2026-12-31`.");
			}
			Optional<LocalDate> parsed = DueDates.parse(words.get(dueAt + 1));
			if (parsed.isEmpty()) {
				return Outcome.reply("'" + words.get(dueAt + 1) + "' is not a date: write it as YYYY-MM-DD.");
			}
			due = parsed.get();
			words.subList(dueAt, dueAt + 2).clear();
		}
		List<String> criteria = words.isEmpty() || words.equals(List.of("all")) ? null : words;
		LocalDate day = due;
		return CommandRecords.checked(() -> new StartConsensusRound.Command(null, null, criteria, day), c -> round.start(caller, c));
	}

	/** {@code settle <criterion> <category> [note…]}: the category by its name or number, and the rest as the note. */
	Outcome settle(Caller caller, CommandText command) {
		List<String> words = command.after(1);
		String usage = "Write `" + caller.commandPrefix() + "settle 1.2 some success <note>`: the criterion, the category"
				+ " (its name or number), and a note on why.";
		if (words.size() < 2) {
			return Outcome.reply(usage);
		}
		Optional<Framework> framework = context.boards().seat(caller.user())
			.flatMap(seat -> context.current(seat, null)).map(context::framework);
		if (framework.isEmpty()) {
			// No board or no assessment to read the category against: the use case says which.
			return CommandRecords.checked(() -> new SettleCriterion.Command(null, words.get(0), null, null), c -> settle.settle(caller, c));
		}
		Optional<LevelWords.Match> match = LevelWords.match(framework.get(), words.subList(1, words.size()));
		if (match.isEmpty()) {
			List<Level> levels = framework.get().scale().levels();
			return Outcome.reply("Which category? Use one of: " + String.join(", ", levels.stream().map(Level::label).toList())
					+ " (or 1–" + levels.size() + "). " + usage);
		}
		String note = String.join(" ", words.subList(1 + match.get().words(), words.size()));
		return CommandRecords.checked(() -> new SettleCriterion.Command(null, words.get(0), match.get().level().key(), note),
				c -> settle.settle(caller, c));
	}

	private static int indexOf(List<String> words, String word) {
		for (int i = 0; i < words.size(); i++) {
			if (words.get(i).equalsIgnoreCase(word)) {
				return i;
			}
		}
		return -1;
	}

}
