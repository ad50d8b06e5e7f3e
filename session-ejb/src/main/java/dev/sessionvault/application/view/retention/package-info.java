/** What the API answers about retention, the trash and storage use. */
package dev.sessionvault.application.view.retention;
