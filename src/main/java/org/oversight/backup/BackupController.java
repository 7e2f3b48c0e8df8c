package org.oversight.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /admin/backup} (administrators): takes a backup of the running server into
 * a temporary file (writes pause meanwhile), then sends that file, with its manifest in
 * the header {@code X-Oversight-Manifest} (Base64 JSON), and deletes it. This is what the
 * {@code backup DIR --server URL} command calls.
 */
@RestController
@ConditionalOnWebApplication
class BackupController {

	static final String MANIFEST_HEADER = "X-Oversight-Manifest";

	private final BackupService backups;

	BackupController(BackupService backups) {
		this.backups = backups;
	}

	@PostMapping("/admin/backup")
	void backup(Authentication authentication, HttpServletResponse response) throws IOException {
		if (authentication == null
				|| authentication.getAuthorities().stream().noneMatch((a) -> "ROLE_ADMIN".equals(a.getAuthority()))) {
			refuse(response, HttpServletResponse.SC_FORBIDDEN, "administrators only");
			return;
		}
		Path folder = Files.createTempDirectory("oversight-backup-");
		BackupFiles.createFolder(folder);
		Path file = folder.resolve(Manifest.DATA);
		try {
			Manifest manifest;
			try {
				manifest = this.backups.dump(file, authentication.getName()).withMode("server");
			}
			catch (RuntimeException ex) {
				refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "backup failed: " + ex.getMessage());
				return;
			}
			response.setContentType("application/gzip");
			response.setContentLengthLong(Files.size(file));
			response.setHeader(MANIFEST_HEADER,
					Base64.getEncoder().encodeToString(manifest.toJson().getBytes(StandardCharsets.UTF_8)));
			try (OutputStream out = response.getOutputStream()) {
				Files.copy(file, out);
			}
		}
		finally {
			Files.deleteIfExists(file);
			Files.deleteIfExists(folder);
		}
	}

	private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setContentType("text/plain;charset=UTF-8");
		response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
	}

}
