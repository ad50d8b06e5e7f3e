/** The redactor the application uses: the built-in detectors and those configured. */
package dev.sessionvault.infrastructure.redaction;
