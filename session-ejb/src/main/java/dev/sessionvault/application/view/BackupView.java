package dev.sessionvault.application.view;

import java.time.Instant;

/**
 * A backup written on the server.
 *
 * @param file where it is, on the server
 * @param restore how to bring it back (README.md, "Backup and restore")
 */
public record BackupView(String file, long bytes, Instant createdAt, String restore) {}
