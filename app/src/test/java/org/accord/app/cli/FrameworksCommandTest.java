package org.accord.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class FrameworksCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return AccordCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	void givenList_thenOneLinePerFrameworkWithItsCounts() {
		assertThat(run("frameworks", "list")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8).lines()).satisfiesExactly(
				line -> assertThat(line).startsWith("cdrp-2002\t").contains("9 sections, 49 criteria, 4 levels"),
				line -> assertThat(line).startsWith("hallmarks-2007\t").contains("5 sections, 46 items, 115 sub-items"));
	}

	@Test
	void givenShowJson_thenTheWholeFrameworkAsJson() throws Exception {
		assertThat(run("frameworks", "show", "cdrp-2002", "--json")).isZero();
		JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
		assertThat(json.get("id").asText()).isEqualTo("cdrp-2002");
		assertThat(json.get("sections")).hasSize(9);
		assertThat(json.at("/sections/0/criteria/0/prompts/0").asText())
			.isEqualTo("The leadership of the partnership is clearly identified and agreed");
		assertThat(json.at("/scale/levels/3/label").asText()).isEqualTo("Doing well");
	}

	@Test
	void givenAnUnknownId_thenTheKnownOnesAreNamed() {
		assertThat(run("frameworks", "show", "nope")).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("No framework 'nope'", "cdrp-2002", "hallmarks-2007");
	}

	@Test
	void givenValidateOnABrokenFile_thenEveryProblemIsPrinted(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("ours.yaml");
		Files.writeString(file, """
				id: ours
				title: Ours
				scale:
				  levels:
				    - {key: a, label: A}
				sections:
				  - id: "1"
				    criteria: []
				""");
		assertThat(run("frameworks", "validate", file.toString())).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("ours.yaml has 4 problems",
				"scale.levels[0].definition: is missing", "scale.levels: needs at least two levels",
				"sections[0].title: is missing", "sections[0].criteria: is empty");
	}

	@Test
	void givenValidateOnAGoodFile_thenItSaysValid(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("ours.yaml");
		Files.writeString(file, """
				id: ours
				title: Ours
				scale:
				  levels:
				    - {key: a, label: A, definition: "Not yet"}
				    - {key: b, label: B, definition: "Yes"}
				sections:
				  - id: "1"
				    title: One
				    criteria:
				      - {id: "1.1", title: "It works"}
				""");
		assertThat(run("frameworks", "validate", file.toString())).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("valid", "1 sections, 1 criteria, 2 levels");
	}

}
