/** The application's operations figures published through MicroProfile Metrics (/metrics). */
package dev.sessionvault.infrastructure.metrics;
