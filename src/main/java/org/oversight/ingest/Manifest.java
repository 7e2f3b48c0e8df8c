package org.oversight.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The small manifest of a bundle ({@code manifest.json}): what it is, where it came from
 * (the provenance written on every imported record) and which files it holds.
 *
 * @param format the format version, 1
 * @param name what the dataset is
 * @param source where it came from, e.g. {@code 安平县委巡察办 2021年台账}
 * @param files the data files; when given, exactly these must be present
 * @param description free text
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Manifest(int format, String name, String source, List<String> files, String description) {

	public static final String FILE = "manifest.json";

	private static final ObjectMapper JSON = new ObjectMapper();

	public static Manifest read(Path file) {
		try (var in = Files.newInputStream(file)) {
			return read(in);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(FILE + ": " + ex.getMessage(), ex);
		}
	}

	public static Manifest read(java.io.InputStream in) {
		try {
			Manifest manifest = JSON.readValue(in, Manifest.class);
			if (manifest.format() != 1) {
				throw new IllegalArgumentException(FILE + ": format " + manifest.format() + " is not supported (1 is)");
			}
			return manifest;
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(FILE + ": " + firstLine(String.valueOf(ex.getMessage())), ex);
		}
	}

	public void write(Path folder) throws IOException {
		Files.writeString(folder.resolve(FILE), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this));
	}

	private static String firstLine(String message) {
		return message.lines().findFirst().orElse(message);
	}

}
