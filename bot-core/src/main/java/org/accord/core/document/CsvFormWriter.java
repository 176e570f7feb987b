package org.accord.core.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.accord.core.document.AssessmentForm.Area;
import org.accord.core.document.AssessmentForm.RoundFigures;
import org.accord.core.document.AssessmentForm.Row;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every criterion's figures round by round as RFC 4180 CSV in UTF-8, one self-contained row per criterion per
 * round, for boards that analyse the figures in their own tools.
 *
 * <p>A criterion that was never rated still gets one row, with the round columns empty, so that the CSV lists the
 * whole form. No byte-order mark is written: RFC 4180 parsers would read it into the first header's name.
 */
public final class CsvFormWriter {

	private CsvFormWriter() {
	}

	public static byte[] write(AssessmentForm form) {
		List<String> levels = Figures.levels(form);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(headers(levels).toArray(String[]::new)).get();
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, format)) {
			for (Area area : form.areas()) {
				for (Row row : area.rows()) {
					// Rejects an agreed label off the scale, as the DOCX does, so the exports never disagree.
					Figures.agreedColumn(form, row);
					if (row.rounds().isEmpty()) {
						printer.printRecord(record(area, row, null, null, levels.size()));
					}
					for (RoundFigures round : row.rounds()) {
						printer.printRecord(record(area, row, round, Figures.counts(form, row, round), levels.size()));
					}
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("Could not write the assessment as CSV", e);
		}
		return out.toByteArray();
	}

	/** The "Rounds" sheet's columns, with the criterion's identity and outcome ahead of the round's figures. */
	static List<String> headers(List<String> levels) {
		List<String> headers = new ArrayList<>(List.of("Area", RoundColumns.CRITERION, "Title", "Agreed category",
				"How agreed"));
		List<String> rounds = RoundColumns.headers(levels);
		headers.addAll(rounds.subList(1, rounds.size()));
		return List.copyOf(headers);
	}

	/**
	 * A spreadsheet opening the CSV runs a cell that starts with =, +, - or @ as a formula; texts come from
	 * people (framework files, the chair's notes), so such a cell is written with a leading apostrophe.
	 */
	public static String safe(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
	}

	private static List<String> record(Area area, Row row, RoundFigures round, int[] counts, int levels) {
		List<String> record = new ArrayList<>(List.of(safe(Text.area(area)), safe(Text.of(row.criterionId())),
				safe(Text.of(row.title())), safe(Text.of(row.agreedLevel())), safe(Text.of(row.settled()))));
		if (round == null) {
			record.addAll(Collections.nCopies(2 + levels + RoundColumns.figureHeaders().size(), ""));
			return record;
		}
		record.add(Text.number(round.round()));
		record.add(Text.number(round.rated()));
		for (int level = 0; level < levels; level++) {
			record.add(counts == null ? "" : Text.number(counts[level]));
		}
		record.add(Text.number(round.median()));
		record.add(Text.number(round.iqr()));
		record.add(Text.number(round.modalShare()));
		record.add(Text.number(round.consensus()));
		record.add(Text.of(round.status()));
		return record;
	}

}
