package org.accord.teams;

import java.util.Locale;
import java.util.Map;

import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.teams.FileConsentCard;
import com.microsoft.bot.schema.teams.FileInfoCard;
import com.microsoft.bot.schema.teams.FileUploadInfo;
import org.accord.core.card.Delivery;

/** The two cards of Teams' file consent flow: the offer of a file, and the file once it is in OneDrive. */
final class FileConsentCards {

	/** The key of the pending file's id in the card's accept and decline contexts. */
	static final String PENDING_KEY = "pendingFile";

	private FileConsentCards() {
	}

	/**
	 * The offer: what the file is, its name and size, and the id it is kept under. Teams sends the context back
	 * with the answer, from the person's client, so it carries nothing but that id.
	 */
	static Attachment consent(Delivery.File file, String pendingId) {
		FileConsentCard card = new FileConsentCard();
		card.setDescription(file.comment() != null && !file.comment().isBlank() ? file.comment() : file.title());
		card.setSizeInBytes(file.content().length);
		Map<String, String> context = Map.of(PENDING_KEY, pendingId);
		card.setAcceptContext(context);
		card.setDeclineContext(context);
		Attachment attachment = new Attachment();
		attachment.setContentType(FileConsentCard.CONTENT_TYPE);
		attachment.setName(file.fileName());
		attachment.setContent(card);
		return attachment;
	}

	/** The uploaded file, where Teams said it now is; Teams shows it with its own preview and download. */
	static Attachment info(FileUploadInfo upload, String fileName) {
		FileInfoCard card = new FileInfoCard();
		card.setUniqueId(upload.getUniqueId());
		card.setFileType(upload.getFileType() != null ? upload.getFileType() : extension(fileName));
		Attachment attachment = new Attachment();
		attachment.setContentType(FileInfoCard.CONTENT_TYPE);
		attachment.setContentUrl(upload.getContentUrl());
		attachment.setName(upload.getName() != null ? upload.getName() : fileName);
		attachment.setContent(card);
		return attachment;
	}

	private static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}
