/** Sessions leaving and entering the vault as documents: export formats, imports, forks. */
package dev.sessionvault.application.transfer;
