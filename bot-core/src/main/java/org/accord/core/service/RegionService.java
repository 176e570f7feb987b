package org.accord.core.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accord.core.card.Card;
import org.accord.core.card.Card.Part;
import org.accord.core.card.Outcome;
import org.accord.core.card.Verbatim;
import org.accord.core.consensus.RegionalPicture;
import org.accord.core.document.AssessmentForm;
import org.accord.core.document.DistributionChart;
import org.accord.core.document.RegionWorkbook;
import org.accord.core.domain.Assessment;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Level;
import org.accord.core.domain.Region;
import org.accord.core.domain.Role;
import org.accord.core.domain.Section;
import org.accord.core.domain.Settlement;
import org.accord.core.framework.FrameworkCatalog;
import org.accord.core.port.in.Caller;
import org.accord.core.port.in.Regions;
import org.accord.core.port.out.AssessmentPort;
import org.accord.core.port.out.RegionPort;

/**
 * {@code region …}: a regional lead's picture of the partnerships that chose to share with them, from
 * each one's latest final assessment; never one partnership's member ratings.
 */
final class RegionService implements Regions {

	static final int MINIMUM_TO_NAME = 3;

	private static final Pattern CREATE = Pattern.compile("^region\\s+create\\s+\"([^\"]+)\"(?:\\s+(\\S+))?\\s*$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern JOIN = Pattern.compile("^region\\s+join\\s+(\\S+)(?:\\s+as\\s+\"([^\"]+)\")?(\\s+named)?\\s*$",
			Pattern.CASE_INSENSITIVE);

	private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private final SecureRandom random = new SecureRandom();

	private final Boards boards;

	private final RegionPort regions;

	private final AssessmentPort assessments;

	private final FrameworkCatalog frameworks;

	private final Clock clock;

	RegionService(Boards boards, RegionPort regions, AssessmentPort assessments, FrameworkCatalog frameworks, Clock clock) {
		this.boards = boards;
		this.regions = regions;
		this.assessments = assessments;
		this.frameworks = frameworks;
		this.clock = clock;
	}

	/**
	 * A regional lead need not sit on a board: creating a region and reading its picture take only someone in a
	 * workspace where Accord is installed. Sharing a board's results takes its chair.
	 */
	Outcome handle(Optional<Boards.Seat> seat, Caller caller, CommandText command) {
		String raw = command.raw().replace('\u201c', '"').replace('\u201d', '"');
		return switch (command.word(1).toLowerCase(java.util.Locale.ROOT)) {
			case "create" -> create(caller, raw);
			case "join" -> seat.filter(s -> s.is(Role.CHAIR)).map(s -> join(s, caller, raw))
				.orElse(Outcome.reply("Only the chair can share the board's results with a region."));
			case "export" -> {
				Outcome picture = drawn(caller, true);
				yield picture.deliveries().isEmpty() ? Outcome.reply("You lead no region yet. " + usage(caller)) : picture;
			}
			case "" -> {
				Outcome picture = drawn(caller, false);
				yield !picture.deliveries().isEmpty() ? picture
						: seat.filter(s -> s.member().isPresent()).map(s -> mine(s, caller)).orElse(Outcome.reply(usage(caller)));
			}
			default -> Outcome.reply(usage(caller));
		};
	}

	private Outcome create(Caller caller, String raw) {
		Matcher m = CREATE.matcher(raw);
		if (!m.matches()) {
			return Outcome.reply("Write `" + caller.commandPrefix() + "region create \"North East\"` (a framework id may follow).");
		}
		return create(caller, new Create(m.group(1), m.group(2)));
	}

	@Override
	public Outcome create(Caller caller, Create command) {
		String frameworkId = command.frameworkId();
		if (frameworks.find(frameworkId).isEmpty()) {
			return Outcome.reply("There is no framework '" + frameworkId + "'.");
		}
		String code = code();
		regions.create(new Region(new Region.RegionId(UUID.randomUUID().toString()), command.name(), code, caller.user(),
				frameworkId, List.of(), 0));
		return Outcome.reply("Region *" + Verbatim.of(command.name()) + "* created; its code is *" + code + "*. A partnership's chair"
				+ " shares with it by sending `region join " + code + " as \"<partnership name>\"` (add `named` to let the region"
				+ " name it even where fewer than " + MINIMUM_TO_NAME + " partnerships share a level). `"
				+ caller.commandPrefix() + "region` then shows the picture.");
	}

	private Outcome join(Boards.Seat seat, Caller caller, String raw) {
		if (!seat.is(Role.CHAIR)) {
			return Outcome.reply("Only the chair can share the board's results with a region.");
		}
		Matcher m = JOIN.matcher(raw);
		if (!m.matches()) {
			return Outcome.reply("Write `" + caller.commandPrefix() + "region join <code> as \"<partnership name>\" [named]`.");
		}
		return share(seat, new Share(m.group(1), m.group(2), m.group(3) != null));
	}

	@Override
	public Outcome share(Caller caller, Share command) {
		return boards.seat(caller.user()).filter(seat -> seat.is(Role.CHAIR)).map(seat -> share(seat, command))
			.orElse(Outcome.reply("Only the chair can share the board's results with a region."));
	}

	@Override
	public Outcome picture(Caller caller, boolean documents) {
		Outcome picture = drawn(caller, documents);
		return picture.deliveries().isEmpty() ? Outcome.reply("You lead no region yet. " + usage(caller)) : picture;
	}

	private Outcome share(Boards.Seat seat, Share command) {
		Optional<Region> region = regions.byCode(command.code());
		if (region.isEmpty()) {
			return Outcome.reply("No region has that code; ask the regional lead for it.");
		}
		String name = command.asName();
		boolean named = command.named();
		for (int attempt = 0; attempt < 5; attempt++) {
			Region current = regions.byCode(region.get().code()).orElseThrow();
			if (regions.update(current, current.with(new Region.Sharing(seat.partnership().id(), name, named)))) {
				return Outcome.reply("Your board now shares its agreed levels (never its members' ratings) with *" + current.name()
						+ "*, as " + name + (named ? ", and may be named." : "; it is named only where at least " + MINIMUM_TO_NAME
								+ " partnerships share a level."));
			}
		}
		return Outcome.reply("The region is changing right now; please try again.");
	}

	private Outcome mine(Boards.Seat seat, Caller caller) {
		List<Region> shared = regions.sharedBy(seat.partnership().id());
		if (shared.isEmpty()) {
			return Outcome.reply(usage(caller));
		}
		return Outcome.reply("Your board shares its agreed levels with: " + String.join(", ", shared.stream().map(Region::name).toList())
				+ ".");
	}

	/** The lead's picture of each region they lead: the chat view and a chart, or the workbook. */
	private Outcome drawn(Caller caller, boolean export) {
		List<Region> led = regions.ledBy(caller.user());
		Outcome.Builder outcome = Outcome.builder();
		for (Region region : led) {
			Framework framework = frameworks.find(region.frameworkId()).orElseThrow();
			List<RegionalPicture.Board> boards = boards(region);
			List<RegionalPicture.Row> rows = RegionalPicture.rows(framework, boards, MINIMUM_TO_NAME);
			if (export) {
				outcome.reply("Here is the regional picture of " + region.name() + ".")
					.file(caller.user(), "region.xlsx", "Region: " + region.name(),
							() -> RegionWorkbook.xlsx(region.name(), framework, rows), "The regional picture (XLSX)");
				continue;
			}
			outcome.reply(card(region, framework, boards, rows));
			if (!boards.isEmpty()) {
				outcome.file(caller.user(), "region.png", "Region: " + region.name(), () -> DistributionChart.png(chartForm(region,
						framework, rows), 1200, 600), "Partnerships per level, per criterion");
			}
		}
		return outcome.build();
	}

	private Card card(Region region, Framework framework, List<RegionalPicture.Board> boards,
			List<RegionalPicture.Row> rows) {
		List<Part> parts = new ArrayList<>();
		parts.add(new Part.Heading("Region: " + Verbatim.of(region.name())));
		parts.add(new Part.Text(region.members().size() + " partnerships share with the region; " + boards.size()
				+ " with a final self-assessment (" + framework.id() + "). Counts are partnerships at each agreed level;"
				+ " a partnership is named only where at least " + MINIMUM_TO_NAME + " share the level, or it agreed to be named."));
		List<RegionalPicture.Row> gaps = RegionalPicture.commonGaps(rows);
		StringBuilder common = new StringBuilder("*Common gaps* (half or more at "
				+ framework.scale().levels().get(0).label() + " or " + framework.scale().levels().get(1).label() + ")");
		if (gaps.isEmpty()) {
			common.append(": none.");
		}
		gaps.forEach(r -> common.append("\n• *").append(r.criterion().id()).append("* ")
			.append(r.criterion().title()).append(" (").append(r.low()).append(" of ").append(r.settled()).append(")"));
		parts.add(new Part.Text(common.toString()));
		List<String> labels = framework.scale().levels().stream().map(Level::label).toList();
		for (Section section : framework.sections()) {
			StringBuilder lines = new StringBuilder("*" + section.id() + " " + section.title() + "*");
			for (RegionalPicture.Row row : rows) {
				if (!section.criteria().contains(row.criterion())) {
					continue;
				}
				lines.append("\n• *").append(row.criterion().id()).append("* ");
				for (int i = 0; i < labels.size(); i++) {
					lines.append(i == 0 ? "" : " · ").append(labels.get(i)).append(' ').append(row.counts()[i]);
				}
				for (int i = 0; i < labels.size(); i++) {
					if (!row.names().get(i).isEmpty()) {
						lines.append(" — ").append(labels.get(i)).append(": ").append(Verbatim.of(String.join(", ", row.names().get(i))));
					}
				}
			}
			parts.add(new Part.Text(lines.toString()));
		}
		return new Card("Region: " + Verbatim.of(region.name()), parts);
	}

	/** Each sharing partnership's latest final cycle of the region's framework: its agreed level per criterion. */
	private List<RegionalPicture.Board> boards(Region region) {
		List<RegionalPicture.Board> boards = new ArrayList<>();
		for (Region.Sharing sharing : region.members()) {
			Assessment latest = null;
			for (Assessment a : assessments.history(sharing.partnership())) {
				if (a.frameworkId().equals(region.frameworkId()) && a.state() == Assessment.State.FINAL
						&& (latest == null || latest.started() == null || a.started() != null && !a.started().isBefore(latest.started()))) {
					latest = a;
				}
			}
			if (latest == null) {
				continue;
			}
			Map<String, String> levels = new LinkedHashMap<>();
			for (Map.Entry<String, Settlement> e : latest.settlements().entrySet()) {
				levels.put(e.getKey(), e.getValue().levelKey());
			}
			boards.add(new RegionalPicture.Board(sharing.name(), sharing.named(), levels));
		}
		return boards;
	}

	/** The chart draws from a form: each criterion's row carries the region's counts. */
	private AssessmentForm chartForm(Region region, Framework framework, List<RegionalPicture.Row> rows) {
		List<AssessmentForm.Area> areas = new ArrayList<>();
		for (Section section : framework.sections()) {
			List<AssessmentForm.Row> formRows = new ArrayList<>();
			for (RegionalPicture.Row row : rows) {
				if (section.criteria().contains(row.criterion())) {
					formRows.add(new AssessmentForm.Row(row.criterion().id(), row.criterion().title(), null, "Region", null, null,
							List.of(new AssessmentForm.RoundFigures(1, row.settled(), row.settled() == 0 ? null : row.counts(), null,
									null, null, null, "region"))));
				}
			}
			areas.add(new AssessmentForm.Area(section.id(), section.title(), formRows));
		}
		return new AssessmentForm(region.name(), "Region: " + region.name(), framework.id(), framework.title(),
				framework.scale().levels().stream().map(Level::label).toList(), false, LocalDate.now(clock), areas, List.of(),
				java.util.OptionalDouble.empty(), 1);
	}

	private static String usage(Caller caller) {
		String p = caller.commandPrefix();
		return "`" + p + "region create \"<name>\"` makes a region (you lead it); a chair shares with it by `" + p
				+ "region join <code> as \"<partnership name>\" [named]`; the lead sees it with `" + p + "region` and `" + p
				+ "region export`.";
	}

	private String code() {
		StringBuilder code = new StringBuilder("R");
		for (int i = 0; i < 7; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

}
