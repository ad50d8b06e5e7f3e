/** Sessions leaving and entering the vault as documents: exports, imports, forks. */
package dev.sessionvault.web.api.transfer;
