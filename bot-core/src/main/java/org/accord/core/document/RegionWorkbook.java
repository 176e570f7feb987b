package org.accord.core.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.accord.core.consensus.RegionalPicture;
import org.accord.core.domain.Framework;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The regional picture as a workbook: one row per criterion, partnerships per level, the names allowed. */
public final class RegionWorkbook {

	private RegionWorkbook() {
	}

	public static byte[] xlsx(String region, Framework framework, List<RegionalPicture.Row> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Region");
			var bold = workbook.createFont();
			bold.setBold(true);
			var header = workbook.createCellStyle();
			header.setFont(bold);
			List<String> labels = framework.scale().levels().stream().map(l -> l.label()).toList();
			Row head = sheet.createRow(0);
			int c = 0;
			for (String h : List.of("Criterion", "Title", "Partnerships settled")) {
				head.createCell(c++).setCellValue(h);
			}
			for (String label : labels) {
				head.createCell(c++).setCellValue(label);
			}
			head.createCell(c++).setCellValue("Common gap");
			for (String label : labels) {
				head.createCell(c++).setCellValue("Named at " + label);
			}
			head.forEach(cell -> cell.setCellStyle(header));
			for (int r = 0; r < rows.size(); r++) {
				RegionalPicture.Row row = rows.get(r);
				Row line = sheet.createRow(r + 1);
				int i = 0;
				line.createCell(i++).setCellValue(row.criterion().id());
				line.createCell(i++).setCellValue(CsvFormWriter.safe(row.criterion().title()));
				line.createCell(i++).setCellValue(row.settled());
				for (int count : row.counts()) {
					line.createCell(i++).setCellValue(count);
				}
				line.createCell(i++).setCellValue(row.commonGap() ? "yes" : "");
				for (List<String> names : row.names()) {
					line.createCell(i++).setCellValue(String.join(", ", names));
				}
			}
			sheet.createFreezePane(0, 1);
			workbook.getProperties().getCoreProperties().setTitle("Region: " + region);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
