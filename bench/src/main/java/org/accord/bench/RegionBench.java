package org.accord.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.accord.core.consensus.RegionalPicture;
import org.accord.core.domain.Criterion;
import org.accord.core.domain.Framework;
import org.accord.core.framework.FrameworkCatalog;

/** The regional roll-up of 1,000 partnerships × 49 criteria: the median of timed runs after a warm-up. */
public final class RegionBench {

	public static void main(String[] args) {
		boolean quick = List.of(args).contains("--quick");
		Framework framework = FrameworkCatalog.builtIn().find("cdrp-2002").orElseThrow();
		List<String> keys = framework.scale().levels().stream().map(l -> l.key()).toList();
		Random random = new Random(2006);
		List<RegionalPicture.Board> boards = new ArrayList<>();
		for (int p = 0; p < 1000; p++) {
			Map<String, String> levels = new LinkedHashMap<>();
			for (Criterion c : framework.criteria()) {
				levels.put(c.id(), keys.get(random.nextInt(keys.size())));
			}
			boards.add(new RegionalPicture.Board("Partnership " + p, random.nextInt(10) == 0, levels));
		}
		int warmUp = quick ? 20 : 200;
		int runs = quick ? 21 : 101;
		long sink = 0;
		for (int i = 0; i < warmUp; i++) {
			sink += RegionalPicture.rows(framework, boards, 3).size();
		}
		double[] ms = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			List<RegionalPicture.Row> rows = RegionalPicture.rows(framework, boards, 3);
			sink += RegionalPicture.commonGaps(rows).size();
			ms[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(ms);
		System.out.printf("region_1000x49_ms = %.2f ms%n", ms[runs / 2]);
		if (sink == 42) {
			System.out.println();
		}
	}

}
