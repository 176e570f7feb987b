package org.accord.core.document;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * The chart's stand-in when no criterion has a distribution large enough to show. XChart 3.8.8 cannot paint a
 * category chart without series (its y axis throws NoSuchElementException), and a document that embeds the chart
 * should still get an image that says why it is empty.
 */
final class EmptyChart {

	static final String MESSAGE = "No criterion has enough ratings to show its distribution.";

	private EmptyChart() {
	}

	static byte[] png(String title, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			graphics.setColor(Color.BLACK);
			centred(graphics, new Font(Font.SANS_SERIF, Font.BOLD, 14), title, width, height / 3);
			graphics.setColor(Color.DARK_GRAY);
			centred(graphics, new Font(Font.SANS_SERIF, Font.PLAIN, 12), MESSAGE, width, height / 2);
		} finally {
			graphics.dispose();
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException("Could not render the empty distribution chart", e);
		}
	}

	private static void centred(Graphics2D graphics, Font font, String text, int width, int baseline) {
		graphics.setFont(font);
		FontMetrics metrics = graphics.getFontMetrics();
		graphics.drawString(text, Math.max(0, (width - metrics.stringWidth(text)) / 2), baseline);
	}

}
