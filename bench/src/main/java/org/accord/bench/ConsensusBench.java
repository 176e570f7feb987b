package org.accord.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.accord.core.consensus.ConsensusCalculator;
import org.accord.core.consensus.Rating;
import org.accord.core.consensus.RoundResult;
import org.accord.core.domain.Answer;
import org.accord.core.domain.Criterion;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Level;
import org.accord.core.framework.FrameworkCatalog;

/**
 * consensus_30x49_ms: one call of {@link ConsensusCalculator#round} over a round of cdrp-2002 rated by 30
 * members (every criterion's distribution, quartiles, Cns, and Krippendorff's alpha across all 49), with
 * generated ratings (one in ten "Don't know"); the median of many timed calls after a warm-up.
 */
public final class ConsensusBench {

	static final int RATERS = 30;

	private static volatile double sink;

	private ConsensusBench() {
	}

	public static void main(String[] args) {
		boolean quick = List.of(args).contains("--quick");
		Framework framework = FrameworkCatalog.builtIn().find("cdrp-2002").orElseThrow();
		List<String> criteria = framework.criteria().stream().map(Criterion::id).toList();
		List<String> levels = framework.scale().levels().stream().map(Level::key).toList();
		List<List<Rating>> rounds = new ArrayList<>();
		Random random = new Random(2002);
		for (int set = 0; set < 16; set++) {
			List<Rating> ratings = new ArrayList<>();
			for (int r = 0; r < RATERS; r++) {
				for (String criterion : criteria) {
					Answer answer = random.nextInt(10) == 0 ? Answer.DONT_KNOW : Answer.level(levels.get(random.nextInt(levels.size())));
					ratings.add(new Rating("rater-" + set + "-" + r, criterion, answer));
				}
			}
			rounds.add(ratings);
		}
		int warmUp = quick ? 3_000 : 10_000;
		int timed = quick ? 500 : 2_000;
		for (int i = 0; i < warmUp; i++) {
			sink += once(framework, criteria, rounds.get(i % rounds.size()));
		}
		long[] nanos = new long[timed];
		for (int i = 0; i < timed; i++) {
			List<Rating> ratings = rounds.get(i % rounds.size());
			long t0 = System.nanoTime();
			sink += once(framework, criteria, ratings);
			nanos[i] = System.nanoTime() - t0;
		}
		Arrays.sort(nanos);
		System.out.printf("consensus_30x49_ms = %.3f ms%n", nanos[timed / 2] / 1e6);
	}

	private static double once(Framework framework, List<String> criteria, List<Rating> ratings) {
		RoundResult result = ConsensusCalculator.round(framework, 1, criteria, ratings, 0.7, 3);
		if (result.criteria().size() != criteria.size() || result.raters() != RATERS) {
			throw new IllegalStateException("unexpected result: " + result.criteria().size() + " criteria, " + result.raters()
					+ " raters");
		}
		return result.alpha().orElse(0);
	}

}
