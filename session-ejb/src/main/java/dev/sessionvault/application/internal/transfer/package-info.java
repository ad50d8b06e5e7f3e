/** The transfer services: sessions exported, imported and forked. */
package dev.sessionvault.application.internal.transfer;
