package org.accord.core.consensus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.accord.core.domain.Criterion;
import org.accord.core.domain.Framework;

/**
 * Where a region's partnerships sit, criterion by criterion, from each one's agreed levels: how many at
 * each level, the common gaps (the "common training needs" of a regional assessment), and which
 * partnerships may be named in a cell: only where at least k share it, or where all in it agreed to be.
 */
public final class RegionalPicture {

	/** What one partnership shares: its name, whether it may be named, and its agreed level per criterion. */
	public record Board(String name, boolean named, Map<String, String> levels) {
	}

	/**
	 * One criterion across the region.
	 *
	 * @param counts partnerships per level, lowest first
	 * @param names per level, the partnerships that may be named there (empty where they may not)
	 */
	public record Row(Criterion criterion, int[] counts, List<List<String>> names, int settled, int low) {

		/** A common gap: at least half of those settled sit at the scale's two lowest levels. */
		public boolean commonGap() {
			return settled > 0 && low * 2 >= settled;
		}

	}

	private RegionalPicture() {
	}

	public static List<Row> rows(Framework framework, List<Board> boards, int minimumToName) {
		int levels = framework.scale().levels().size();
		List<String> keys = framework.scale().levels().stream().map(l -> l.key()).toList();
		List<Row> rows = new ArrayList<>();
		for (Criterion criterion : framework.criteria()) {
			int[] counts = new int[levels];
			List<List<Board>> cells = new ArrayList<>();
			for (int i = 0; i < levels; i++) {
				cells.add(new ArrayList<>());
			}
			for (Board board : boards) {
				int rank = keys.indexOf(board.levels().get(criterion.id()));
				if (rank >= 0) {
					counts[rank]++;
					cells.get(rank).add(board);
				}
			}
			List<List<String>> names = new ArrayList<>();
			for (List<Board> cell : cells) {
				boolean nameable = !cell.isEmpty() && (cell.size() >= minimumToName || cell.stream().allMatch(Board::named));
				names.add(nameable ? cell.stream().map(Board::name).sorted().toList() : List.of());
			}
			int settled = 0;
			for (int c : counts) {
				settled += c;
			}
			int low = counts[0] + (levels > 1 ? counts[1] : 0);
			rows.add(new Row(criterion, counts, names, settled, low));
		}
		return rows;
	}

	/** The common gaps, the most shared first. */
	public static List<Row> commonGaps(List<Row> rows) {
		return rows.stream().filter(Row::commonGap).sorted(Comparator.comparingInt(Row::low).reversed()
			.thenComparing(r -> r.criterion().id())).toList();
	}

}
