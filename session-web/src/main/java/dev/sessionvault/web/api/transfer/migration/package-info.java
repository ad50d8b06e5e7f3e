/** Older session documents brought to the current canonical format, one version at a time. */
package dev.sessionvault.web.api.transfer.migration;
