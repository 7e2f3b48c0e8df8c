package org.oversight.report;

import java.util.Base64;

/**
 * A document as the API hands it out: its bytes in base64, so that it comes in the same
 * answer as the read that made it, as the caller, with nothing kept on the server and no
 * second way in (a download link would need its own token and expiry).
 *
 * @param fileName a name to save it as
 * @param contentType its media type
 * @param base64 its content
 * @param rows the data rows it holds (the rows of all its tables)
 * @param filter the filter that produced it, in words
 */
public record DocumentFile(String fileName, String contentType, String base64, int rows, String filter) {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	static DocumentFile of(String fileName, String contentType, byte[] bytes, int rows, String filter) {
		return new DocumentFile(fileName, contentType, Base64.getEncoder().encodeToString(bytes), rows, filter);
	}

}
