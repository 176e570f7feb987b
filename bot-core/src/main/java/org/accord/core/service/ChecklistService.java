package org.accord.core.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accord.core.card.Mention;
import org.accord.core.card.Outcome;
import org.accord.core.card.Verbatim;
import org.accord.core.domain.ChecklistEntry;
import org.accord.core.domain.Criterion;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Level;
import org.accord.core.domain.PlatformUser;
import org.accord.core.domain.Role;
import org.accord.core.domain.Section;
import org.accord.core.domain.SubItem;
import org.accord.core.framework.FrameworkCatalog;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.Typed;
import org.accord.core.port.out.ChecklistPort;

/**
 * The Hallmarks checklist as the seeds' partnerships kept it: per lettered item the board's position
 * and date, further action and owner; summed up as they did ("90 of 115 (78%) adopted").
 */
final class ChecklistService {

	static final String CHECKLIST = "hallmarks-2007";

	private static final Pattern FURTHER = Pattern.compile("^checklist\\s+(\\S+)\\s+further\\s+\"([^\"]+)\"(?:\\s+(" + Typed.MENTIONED + "))?\\s*$",
			Pattern.CASE_INSENSITIVE);

	private final ChecklistPort checklists;

	private final FrameworkCatalog frameworks;

	private final Clock clock;

	ChecklistService(ChecklistPort checklists, FrameworkCatalog frameworks, Clock clock) {
		this.checklists = checklists;
		this.frameworks = frameworks;
		this.clock = clock;
	}

	Outcome handle(Boards.Seat seat, Caller caller, CommandText command) {
		Framework checklist = frameworks.find(CHECKLIST).orElseThrow();
		if (command.words().size() == 1) {
			return Outcome.reply(summary(checklist, checklists.entries(seat.partnership().id(), CHECKLIST)));
		}
		String itemId = command.word(1);
		Optional<SubItem> item = checklist.criteria().stream().flatMap(c -> c.items().stream())
			.filter(i -> i.id().equalsIgnoreCase(itemId)).findFirst();
		if (item.isEmpty()) {
			return Outcome.reply("There is no item " + itemId + " in the Hallmarks checklist: items run 1a to 46"
					+ " with their letters, as in the checklist.");
		}
		Map<String, ChecklistEntry> entries = checklists.entries(seat.partnership().id(), CHECKLIST);
		ChecklistEntry current = entries.get(item.get().id());
		if (command.words().size() == 2) {
			return Outcome.reply("*" + item.get().id() + "* " + item.get().text() + "\n" + describe(checklist, current));
		}
		if (!seat.is(Role.CHAIR)) {
			return Outcome.reply("Only the chair records the board's position on the checklist.");
		}
		Matcher further = FURTHER.matcher(command.raw().replace('\u201c', '"').replace('\u201d', '"'));
		if (further.matches()) {
			Typed.Mentioned named = further.group(3) == null ? null : command.mentionAfter(further.group(2));
			PlatformUser owner = named == null ? current == null ? null : current.owner()
					: new PlatformUser(caller.user().platform(), caller.user().workspace(), named.userId());
			checklists.save(seat.partnership().id(), CHECKLIST, new ChecklistEntry(item.get().id(),
					current == null ? null : current.position(), current == null ? null : current.date(),
					current == null ? null : current.note(), further.group(2).strip(), owner));
			return Outcome.reply("Further action on " + item.get().id() + ": " + further.group(2).strip()
					+ (owner == null ? "" : ", owner " + Mention.of(owner, named != null ? named.name() : null)) + ".");
		}
		List<String> words = command.after(2);
		Optional<LevelWords.Match> position = LevelWords.match(checklist, words);
		if (position.isEmpty()) {
			return Outcome.reply("Which position? Use one of: " + String.join(", ", checklist.scale().levels().stream()
				.map(Level::label).toList()) + ", then an optional date (YYYY-MM-DD) and note; or `" + caller.commandPrefix()
					+ "checklist " + item.get().id() + " further \"<action>\" @owner`.");
		}
		List<String> rest = words.subList(position.get().words(), words.size());
		LocalDate date = LocalDate.now(clock.withZone(seat.partnership().timezone()));
		if (!rest.isEmpty() && rest.get(0).matches("\\d{4}-\\d{2}-\\d{2}")) {
			try {
				date = LocalDate.parse(rest.get(0));
			}
			catch (DateTimeParseException e) {
				return Outcome.reply("'" + rest.get(0) + "' is not a date.");
			}
			rest = rest.subList(1, rest.size());
		}
		String note = String.join(" ", rest).strip();
		checklists.save(seat.partnership().id(), CHECKLIST, new ChecklistEntry(item.get().id(), position.get().level().key(),
				date, note.isEmpty() ? null : note, current == null ? null : current.furtherAction(),
				current == null ? null : current.owner()));
		return Outcome.reply(item.get().id() + ": " + position.get().level().label() + " (" + date + ")"
				+ (note.isEmpty() ? "" : ", " + note) + ".");
	}

	private static String describe(Framework checklist, ChecklistEntry entry) {
		if (entry == null) {
			return "Not recorded yet.";
		}
		String position = entry.position() == null ? "no position yet"
				: checklist.scale().level(entry.position()).map(Level::label).orElse(entry.position());
		return "Position: " + position + (entry.date() == null ? "" : " (" + entry.date() + ")")
				+ (entry.note() == null ? "" : " · " + Verbatim.of(entry.note()))
				+ (entry.furtherAction() == null ? "" : "\nFurther action: " + Verbatim.of(entry.furtherAction()))
				+ (entry.owner() == null ? "" : " · owner " + Mention.of(entry.owner(), null));
	}

	/** The seeds' own summary: how many items are adopted, overall, per stage and per Hallmark. */
	static String summary(Framework checklist, Map<String, ChecklistEntry> entries) {
		String adopted = checklist.scale().levels().get(checklist.scale().levels().size() - 1).key();
		Map<String, int[]> stages = new LinkedHashMap<>();
		Map<String, int[]> hallmarks = new LinkedHashMap<>();
		int total = 0;
		int yes = 0;
		int recorded = 0;
		for (Section section : checklist.sections()) {
			for (Criterion item : section.criteria()) {
				String hallmark = item.tags().getOrDefault("hallmarkName", "");
				String group = hallmark.isBlank() ? "Statutory requirements" : hallmark;
				for (SubItem sub : item.items()) {
					ChecklistEntry e = entries.get(sub.id());
					boolean isAdopted = e != null && adopted.equals(e.position());
					total++;
					yes += isAdopted ? 1 : 0;
					recorded += e != null && e.position() != null ? 1 : 0;
					add(stages, section.title(), isAdopted);
					add(hallmarks, group, isAdopted);
				}
			}
		}
		StringBuilder text = new StringBuilder("*" + checklist.title() + "* · " + share(yes, total) + " adopted · "
				+ (recorded - yes) + " with a gap identified · " + (total - recorded) + " not recorded yet");
		text.append("\n*By stage*");
		stages.forEach((name, c) -> text.append("\n• ").append(name).append(": ").append(share(c[0], c[1])));
		text.append("\n*By Hallmark*");
		hallmarks.forEach((name, c) -> text.append("\n• ").append(name).append(": ").append(share(c[0], c[1])));
		return text.toString();
	}

	private static void add(Map<String, int[]> groups, String name, boolean adopted) {
		int[] c = groups.computeIfAbsent(name, k -> new int[2]);
		c[0] += adopted ? 1 : 0;
		c[1]++;
	}

	/** "90 of 115 (78%)". */
	static String share(int part, int whole) {
		return part + " of " + whole + " (" + Math.round(part * 100.0 / whole) + "%)";
	}

}
