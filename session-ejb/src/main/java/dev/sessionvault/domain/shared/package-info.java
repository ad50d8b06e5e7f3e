/** Value types and the error vocabulary shared by every aggregate of the domain. */
package dev.sessionvault.domain.shared;
