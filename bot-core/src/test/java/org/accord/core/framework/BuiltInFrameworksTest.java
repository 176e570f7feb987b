package org.accord.core.framework;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accord.core.domain.Criterion;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Level;
import org.accord.core.domain.Section;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in frameworks carry the seeds' text faithfully: counts as published, and every title, prompt,
 * definition and item found word for word in the source document (line breaks aside).
 */
class BuiltInFrameworksTest {

	private final FrameworkCatalog catalog = FrameworkCatalog.builtIn();

	@Test
	void givenCdrp2002_thenNineAreasAnd49CriteriaNumberedAsPublished() {
		Framework form = catalog.find("cdrp-2002").orElseThrow();
		Map<String, Integer> perArea = new LinkedHashMap<>();
		form.sections().forEach(s -> perArea.put(s.id(), s.criteria().size()));
		assertThat(perArea).containsExactly(Map.entry("1", 7), Map.entry("2", 8), Map.entry("3", 6), Map.entry("4", 5),
				Map.entry("5", 7), Map.entry("6", 5), Map.entry("7", 4), Map.entry("8", 3), Map.entry("9", 4));
		assertThat(form.criterionCount()).isEqualTo(49);
		for (Section section : form.sections()) {
			for (int i = 0; i < section.criteria().size(); i++) {
				assertThat(section.criteria().get(i).id()).isEqualTo(section.id() + "." + (i + 1));
				assertThat(section.criteria().get(i).prompts()).isNotEmpty();
			}
		}
		assertThat(form.sections()).extracting(Section::title)
			.containsExactly("Leadership", "Audit and Strategies", "People and Partners", "Resources", "Processes", "People and Partnership Results", "Focus Results", "Community Results", "Key Performance Results");
	}

	@Test
	void givenCdrp2002_thenTheFourCategoriesInOrderWithTheirDefinitions() {
		Framework form = catalog.find("cdrp-2002").orElseThrow();
		assertThat(form.scale().levels()).extracting(Level::label)
			.containsExactly("Gap identified", "Working towards", "Some success", "Doing well");
		assertThat(form.scale().levels().get(0).definition()).startsWith(
				"The partnership feels that, at present, it is not achieving the standard set out in the criteria");
		assertThat(form.scale().levels().get(3).definition())
			.startsWith("The partnership is delivering well on all aspects of the criteria.");
		assertThat(form.scale().otherAnswers()).isEmpty();
	}

	@Test
	void givenCdrp2002_thenSampleTextsAreTheSeedsOwn() {
		Framework form = catalog.find("cdrp-2002").orElseThrow();
		Criterion first = form.criterion("1.1").orElseThrow();
		assertThat(first.title()).isEqualTo(
				"The partnership is well led with leaders of appropriate seniority who provide direction, motivation, and commitment.");
		assertThat(first.prompts()).first().isEqualTo("The leadership of the partnership is clearly identified and agreed");
		// A prompt that the text file broke over a blank line is one prompt again.
		assertThat(form.criterion("5.5").orElseThrow().prompts()).contains(
				"There are clear guidelines to partners regarding the required format of data to ensure compatibility of information sharing");
		assertThat(form.criterion("9.1").orElseThrow().title()).isEqualTo(
				"The partnership reviews progress against targets in strategies and Best Value Performance Indicators on at least a quarterly basis.");
	}

	@Test
	void givenCdrp2002_thenEveryTextAppearsInTheSeed() throws IOException {
		assertAllTextsIn(catalog.find("cdrp-2002").orElseThrow(), seed("cdrp-2002-guidance.txt"));
	}

	@Test
	void givenHallmarks2007_thenFiveStages46ItemsAnd115SubItems() {
		Framework checklist = catalog.find("hallmarks-2007").orElseThrow();
		assertThat(checklist.sections()).extracting(Section::title)
			.containsExactly("Introduction", "Lead and Guide", "Assess", "Plan for Action", "Deliver");
		assertThat(checklist.criterionCount()).isEqualTo(46);
		assertThat(checklist.subItemCount()).isEqualTo(115);
		List<String> ids = checklist.criteria().stream().map(Criterion::id).toList();
		assertThat(ids).first().isEqualTo("1");
		assertThat(ids).last().isEqualTo("46");
		for (Criterion item : checklist.criteria()) {
			assertThat(item.tags().get("requirement")).isIn("statutory", "advice");
			assertThat(item.tags().get("stage")).isNotBlank();
			assertThat(item.items()).isNotEmpty().allSatisfy(sub -> assertThat(sub.id()).startsWith(item.id()));
		}
		assertThat(checklist.scale().source()).contains("90 of these (78%)");
	}

	@Test
	void givenHallmarks2007_thenEveryItemTextAppearsInASeed() throws IOException {
		String seeds = seed("hallmarks-2007-braintree.txt") + " " + seed("hallmarks-2007-huntingdonshire.txt");
		Framework checklist = catalog.find("hallmarks-2007").orElseThrow();
		List<String> missing = new ArrayList<>();
		for (Criterion item : checklist.criteria()) {
			item.items().forEach(sub -> {
				for (String line : sub.text().split("\n")) {
					if (!normalise(seeds).contains(normalise(line))) {
						missing.add(sub.id() + ": " + line);
					}
				}
			});
		}
		assertThat(missing).isEmpty();
		assertThat(checklist.criterion("2").orElseThrow().items().get(1).text())
			.isEqualTo("The 5 statutory authorities must be represented on the group.");
	}

	private static void assertAllTextsIn(Framework framework, String seed) {
		String haystack = normalise(seed);
		List<String> missing = new ArrayList<>();
		for (Criterion criterion : framework.criteria()) {
			check(haystack, criterion.id() + " title", criterion.title(), missing);
			criterion.prompts().forEach(p -> check(haystack, criterion.id() + " prompt", p, missing));
		}
		framework.scale().levels().forEach(l -> check(haystack, l.key(), l.definition(), missing));
		assertThat(missing).isEmpty();
	}

	private static void check(String haystack, String place, String text, List<String> missing) {
		if (!haystack.contains(normalise(text))) {
			missing.add(place + ": " + text);
		}
	}

	/** Line breaks and runs of spaces in the extracted text are layout, not content. */
	private static String normalise(String text) {
		return text.replace('\u2018', '\'').replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
	}

	private static String seed(String name) throws IOException {
		try (InputStream in = BuiltInFrameworksTest.class.getResourceAsStream("/seeds/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
