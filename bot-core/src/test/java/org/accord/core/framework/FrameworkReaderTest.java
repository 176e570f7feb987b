package org.accord.core.framework;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.accord.core.domain.Framework;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FrameworkReaderTest {

	private static final String VALID = """
			id: tiny
			title: "A tiny framework"
			scale:
			  levels:
			    - {key: low, label: "Low", definition: "Not yet."}
			    - {key: high, label: "High", definition: "Done."}
			sections:
			  - id: "1"
			    title: "One"
			    criteria:
			      - id: "1.1"
			        title: "Something is done."
			        prompts: ["A prompt"]
			""";

	private final FrameworkReader reader = new FrameworkReader();

	private Framework read(String yaml) {
		return reader.read("mine.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
	}

	private FrameworkFileException problemsOf(String yaml) {
		return catchThrowableOfType(FrameworkFileException.class, () -> read(yaml));
	}

	@Test
	void givenAValidFile_thenItIsRead() {
		Framework framework = read(VALID);
		assertThat(framework.criterionCount()).isEqualTo(1);
		assertThat(framework.scale().rankOf("high")).contains(2);
	}

	@Test
	void givenSeveralMistakes_thenEveryOneIsReportedWithItsPlace() {
		String broken = VALID.replace("title: \"Something is done.\"", "titel: \"Something is done.\"")
			.replace("- {key: high, label: \"High\", definition: \"Done.\"}", "- {key: low, label: \"High\"}")
			.replace("id: tiny", "id: Tiny Framework");
		FrameworkFileException e = problemsOf(broken);
		assertThat(e.file()).isEqualTo("mine.yaml");
		assertThat(e.problems()).contains("sections[0].criteria[0].title: is missing",
				"scale.levels[1].definition: is missing", "scale: key 'low' is used twice");
		assertThat(e.problems()).anyMatch(p -> p.startsWith("sections[0].criteria[0]: unknown field 'titel'"));
		assertThat(e.problems()).anyMatch(p -> p.startsWith("id: 'Tiny Framework' must be"));
		assertThat(e.getMessage()).startsWith("Framework file mine.yaml has 5 problems:");
	}

	@Test
	void givenTwoCriteriaWithOneId_thenTheSecondIsNamed() {
		String twice = VALID + """
			      - id: "1.1"
			        title: "Again"
			""";
		assertThat(problemsOf(twice).problems()).containsExactly("sections[0].criteria[1].id: '1.1' is used by another criterion");
	}

	@Test
	void givenBrokenYaml_thenTheLineIsNamed() {
		FrameworkFileException e = problemsOf("id: x\ntitle: [unclosed\n");
		assertThat(e.problems()).singleElement().asString().isEqualTo("line 2, column 17: not valid YAML (while parsing a flow sequence)");
	}

	@Test
	void givenNoSectionsAndOneLevel_thenBothAreReported() {
		FrameworkFileException e = problemsOf("""
				id: tiny
				title: T
				scale:
				  levels: [{key: a, label: A, definition: D}]
				""");
		assertThat(e.problems()).containsExactlyInAnyOrder("sections: is missing", "scale.levels: needs at least two levels to rate on");
	}

}
