package org.accord.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

class OneLineFailureReporterTest {

	@Test
	void givenAnAnalysisOfSeveralLines_thenExactlyOneLine() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		new OneLineFailureReporter(new PrintStream(bytes, true, StandardCharsets.UTF_8)).report(new FailureAnalysis(
				"Parameter 0 of constructor in x required a bean\n\tof type 'y'\nthat could not be found.\n",
				"\nConsider defining a bean of type 'y'.", new IllegalStateException("boom")));

		assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("Accord did not start: Parameter 0 of constructor in x"
				+ " required a bean of type 'y' that could not be found. Consider defining a bean of type 'y'."
				+ System.lineSeparator());
	}

}
