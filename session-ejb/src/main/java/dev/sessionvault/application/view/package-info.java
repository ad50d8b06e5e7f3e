/** What services answer: immutable records, the shape clients see as JSON. Entities never leave. */
package dev.sessionvault.application.view;
