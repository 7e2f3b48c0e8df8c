package org.oversight.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.oversight.model.DomainException;
import org.oversight.model.ErrorCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one folder on the server below which the API may read bundles
 * ({@code oversight.import-root}); unset, imports through the API are off. A path that
 * leaves it — by {@code ..}, by being absolute elsewhere, or through a symbolic link — is
 * refused.
 */
@Component
public class ImportRoot {

	private final Path root;

	public ImportRoot(@Value("${oversight.import-root:}") String root) {
		this.root = root.isBlank() ? null : Path.of(root).toAbsolutePath().normalize();
	}

	/**
	 * The bundle a user names (a folder, or an {@code .xlsx} workbook), checked to lie
	 * inside the root.
	 */
	public Path resolve(String relative) {
		if (this.root == null) {
			throw new DomainException(ErrorCode.FORBIDDEN, "path",
					"Imports through the API are off: the server has no oversight.import-root");
		}
		Path folder = this.root.resolve(relative).normalize();
		if (!folder.startsWith(this.root)) {
			throw new DomainException(ErrorCode.FORBIDDEN, "path", "'" + relative + "' lies outside the import root");
		}
		try {
			Path real = folder.toRealPath();
			if (!real.startsWith(this.root.toRealPath())) {
				throw new DomainException(ErrorCode.FORBIDDEN, "path",
						"'" + relative + "' leads outside the import root through a link");
			}
			if (Workbooks.isWorkbook(real) && Files.isRegularFile(real)) {
				if (Files.isSymbolicLink(folder)) {
					throw new DomainException(ErrorCode.FORBIDDEN, "path",
							"'" + relative + "' is a link; links are not followed");
				}
				return real;
			}
			if (!Files.isDirectory(real)) {
				throw DomainException.badRequest("path", "'" + relative + "' is not a folder nor an .xlsx workbook");
			}
			refuseLinkedFiles(real, relative);
			return real;
		}
		catch (IOException ex) {
			throw DomainException.badRequest("path", "'" + relative + "' does not exist under the import root");
		}
	}

	private static void refuseLinkedFiles(Path folder, String relative) throws IOException {
		try (var files = Files.list(folder)) {
			for (Path file : files.toList()) {
				if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
						&& Bundle.isData(file.getFileName().toString())) {
					throw new DomainException(ErrorCode.FORBIDDEN, "path",
							"'" + relative + "/" + file.getFileName() + "' is a link; links are not followed");
				}
			}
		}
	}

}
