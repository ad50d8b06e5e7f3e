/** What every log line of a request carries. */
package dev.sessionvault.web.logging;
