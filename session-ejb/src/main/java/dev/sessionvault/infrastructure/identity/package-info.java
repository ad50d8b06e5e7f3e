/** Who the caller is. Until authentication lands (issue 4), everyone is the default account. */
package dev.sessionvault.infrastructure.identity;
