package org.accord.core.port.in;

import org.accord.core.card.Outcome;

/**
 * A regional picture across partnerships: a regional lead creates a region, chairs share their board's agreed
 * levels with it (never its members' ratings), and the lead reads the picture or takes it as a workbook.
 */
public interface Regions {

	Outcome create(Caller caller, Create command);

	Outcome share(Caller caller, Share command);

	/** The lead's picture of each region they lead: in chat with a chart, or as {@code documents}. */
	Outcome picture(Caller caller, boolean documents);

	/** @param frameworkId null for the 2002 form */
	record Create(String name, String frameworkId) {

		public Create {
			name = name == null || name.isBlank() ? null : name.strip();
			frameworkId = frameworkId == null || frameworkId.isBlank() ? "cdrp-2002" : frameworkId.strip();
			if (name == null) {
				throw new IllegalArgumentException("Name the region, e.g. North East.");
			}
		}

	}

	/**
	 * @param asName how the region names the board; null for "A partnership"
	 * @param named whether the region may name it even where fewer than three partnerships share a level
	 */
	record Share(String code, String asName, boolean named) {

		public Share {
			code = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
			asName = asName == null || asName.isBlank() ? "A partnership" : asName.strip();
			if (code.isEmpty()) {
				throw new IllegalArgumentException("Give the region's code; ask the regional lead for it.");
			}
		}

	}

}
