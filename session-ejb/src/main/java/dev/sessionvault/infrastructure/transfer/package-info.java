/** The document formats sessions are exported to and imported from (JSON-P streaming). */
package dev.sessionvault.infrastructure.transfer;
