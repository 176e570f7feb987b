package org.accord.app;

import org.accord.core.port.in.NudgeSweepUseCase;
import org.accord.core.service.CoreServices;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** ACCORD_NUDGE_SWEEP_SECONDS: a period, or 0 for no sweep on this instance (tests that sweep by themselves). */
class NudgeConfigurationTest {

	private final CoreServices core = mock(CoreServices.class);

	NudgeConfigurationTest() {
		when(core.nudges()).thenReturn(() -> new NudgeSweepUseCase.Sweep(0, 0, 0, 0));
	}

	@Test
	void givenZero_thenNoSweepRuns() throws Exception {
		try (NudgeConfiguration.NudgeSweep sweep = new NudgeConfiguration().nudgeSweep(core, 0)) {
			assertThat(sweep.running()).isFalse();
		}
	}

	@Test
	void givenAPeriod_thenTheSweepRuns() throws Exception {
		try (NudgeConfiguration.NudgeSweep sweep = new NudgeConfiguration().nudgeSweep(core, 3600)) {
			assertThat(sweep.running()).isTrue();
		}
	}

	@Test
	void givenANegativePeriod_thenAStartupProblemNamingTheVariable() {
		assertThatThrownBy(() -> new NudgeConfiguration().nudgeSweep(core, -5)).isInstanceOfSatisfying(StartupProblem.class,
				problem -> assertThat(problem.toString()).startsWith("ACCORD_NUDGE_SWEEP_SECONDS is -5.").contains("or to 0"));
	}

}
