package org.accord.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.accord.core.consensus.ConsensusCalculator;
import org.accord.core.consensus.CriterionResult;
import org.accord.core.consensus.PlainWords;
import org.accord.core.consensus.Rating;
import org.accord.core.consensus.RoundResult;
import org.accord.core.domain.Answer;
import org.accord.core.domain.Criterion;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Level;
import org.accord.core.framework.FrameworkCatalog;
import org.accord.core.stats.CriterionFigures;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code analyse <ratings.csv>}: the consensus figures of ratings collected elsewhere, computed by the
 * same code as the chat view, so the two agree for the same ratings.
 */
@Command(name = "analyse", mixinStandardHelpOptions = true,
		description = "Consensus figures from a CSV with columns rater,criterion,rating.")
class AnalyseCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "<ratings.csv>", description = "rater,criterion,rating (a category's name or number; "
			+ "empty or \"don't know\" is no rating)")
	Path file;

	@Option(names = "--framework", defaultValue = "cdrp-2002", description = "framework id (default: ${DEFAULT-VALUE})")
	String frameworkId;

	@Option(names = "--json", description = "print the figures as JSON")
	boolean json;

	@Option(names = "--threshold", defaultValue = "0.7", description = "share in one category that counts as agreed (default: ${DEFAULT-VALUE})")
	double threshold;

	@Option(names = "--minimum", defaultValue = "3", description = "k: a distribution is shown only with at least k ratings besides any one viewer's own (default: ${DEFAULT-VALUE})")
	int minimum;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Optional<Framework> found = FrameworkCatalog.builtIn().find(frameworkId);
		if (found.isEmpty()) {
			err.println("No framework '" + frameworkId + "'.");
			return 1;
		}
		if (!Files.isRegularFile(file)) {
			err.println(file + ": no such file");
			return 1;
		}
		if (threshold <= 0 || threshold > 1) {
			err.println("--threshold must be more than 0 and at most 1");
			return 1;
		}
		Framework framework = found.get();
		List<Rating> ratings = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
				.setIgnoreEmptyLines(true).get().parse(reader)) {
				long line = row.getParser().getCurrentLineNumber();
				if (!row.isConsistent() || !row.isMapped("rater") || !row.isMapped("criterion") || !row.isMapped("rating")) {
					problems.add("line " + line + ": needs the columns rater,criterion,rating");
					continue;
				}
				String rater = row.get("rater");
				String criterion = row.get("criterion");
				if (rater.isEmpty()) {
					problems.add("line " + line + ": no rater");
					continue;
				}
				if (framework.criterion(criterion).isEmpty()) {
					problems.add("line " + line + ": '" + criterion + "' is not a criterion of " + framework.id());
					continue;
				}
				Optional<Answer> answer = answer(framework, row.get("rating"));
				if (answer.isEmpty()) {
					problems.add("line " + line + ": '" + row.get("rating") + "' is not a category of " + framework.id()
							+ " (use a name, a number 1-" + framework.scale().levels().size() + ", or \"don't know\")");
					continue;
				}
				ratings.add(new Rating(rater, criterion, answer.get()));
			}
		}
		catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
			err.println(file + ": not a CSV with a header rater,criterion,rating (" + e.getMessage() + ")");
			return 1;
		}
		if (!problems.isEmpty()) {
			problems.forEach(err::println);
			err.println(problems.size() + (problems.size() == 1 ? " row" : " rows") + " could not be read; nothing computed.");
			return 1;
		}
		RoundResult result = ConsensusCalculator.round(framework, 1, framework.criteria().stream().map(Criterion::id).toList(),
				ratings, threshold, minimum);
		if (json) {
			out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(asJson(framework, result)));
		}
		else {
			print(out, framework, result);
		}
		return 0;
	}

	static Optional<Answer> answer(Framework framework, String rating) {
		String r = rating.strip();
		if (r.isEmpty() || r.equalsIgnoreCase("don't know") || r.equalsIgnoreCase("dont know")) {
			return Optional.of(Answer.DONT_KNOW);
		}
		List<Level> levels = framework.scale().levels();
		for (int i = 0; i < levels.size(); i++) {
			Level level = levels.get(i);
			if (r.equals(Integer.toString(i + 1)) || r.equalsIgnoreCase(level.label()) || r.equalsIgnoreCase(level.key())) {
				return Optional.of(Answer.level(level.key()));
			}
		}
		return framework.scale().otherAnswers().stream().filter(l -> l.label().equalsIgnoreCase(r) || l.key().equalsIgnoreCase(r))
			.findFirst().map(l -> Answer.DONT_KNOW);
	}

	private void print(PrintWriter out, Framework framework, RoundResult result) {
		for (CriterionResult r : result.criteria()) {
			CriterionFigures f = r.figures();
			out.printf(Locale.ROOT, "%-5s rated %d  %s  median %s  IQR %s  modal %s  Cns %s  %s · %s%n", r.criterion().id(),
					f.rated(), counts(f), text(f.median()), text(f.interquartileRange()), percent(f.modalShare()),
					text(f.consensus()), f.status().name().toLowerCase(Locale.ROOT).replace('_', ' '),
					PlainWords.agreement(framework, r));
		}
		out.println("Krippendorff's alpha (ordinal): "
				+ (result.alpha().isPresent() ? String.format(Locale.ROOT, "%.4f", result.alpha().getAsDouble()) : "not computable")
				+ " · " + result.raters() + " raters");
		out.println("Quartiles: Hyndman & Fan type 7 (R's default, Excel's QUARTILE.INC). Agreed: one category holds at least "
				+ Math.round(threshold * 100) + "% of the ratings.");
	}

	private static Map<String, Object> asJson(Framework framework, RoundResult result) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("framework", framework.id());
		json.put("levels", framework.scale().levels().stream().map(Level::label).toList());
		List<Map<String, Object>> criteria = new ArrayList<>();
		for (CriterionResult r : result.criteria()) {
			CriterionFigures f = r.figures();
			Map<String, Object> c = new LinkedHashMap<>();
			c.put("id", r.criterion().id());
			c.put("rated", f.rated());
			c.put("counts", f.distribution().counts());
			c.put("median", value(f.median()));
			c.put("lowerQuartile", value(f.lowerQuartile()));
			c.put("upperQuartile", value(f.upperQuartile()));
			c.put("iqr", value(f.interquartileRange()));
			c.put("modalShare", value(f.modalShare()));
			c.put("consensus", value(f.consensus()));
			c.put("status", f.status().name().toLowerCase(Locale.ROOT));
			c.put("proposed", f.proposedRank().isPresent() ? framework.scale().levels().get(f.proposedRank().getAsInt() - 1).label() : null);
			c.put("tie", f.proposalTied() ? f.tiedBetween() : null);
			c.put("shown", r.shown());
			c.put("words", PlainWords.agreement(framework, r));
			criteria.add(c);
		}
		json.put("criteria", criteria);
		json.put("alpha", value(result.alpha()));
		json.put("raters", result.raters());
		return json;
	}

	private static Double value(OptionalDouble d) {
		return d.isPresent() ? d.getAsDouble() : null;
	}

	private static String text(OptionalDouble d) {
		return d.isPresent() ? String.format(Locale.ROOT, "%.2f", d.getAsDouble()) : "-";
	}

	private static String percent(OptionalDouble d) {
		return d.isPresent() ? Math.round(d.getAsDouble() * 100) + "%" : "-";
	}

	private static String counts(CriterionFigures f) {
		StringBuilder s = new StringBuilder("[");
		int[] counts = f.distribution().counts();
		for (int i = 0; i < counts.length; i++) {
			s.append(i == 0 ? "" : " ").append(counts[i]);
		}
		return s.append(']').toString();
	}

}
