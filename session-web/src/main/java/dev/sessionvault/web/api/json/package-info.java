/** JSON in and out: the strict request reader (size limit, field paths) and the JSON-B settings. */
package dev.sessionvault.web.api.json;
