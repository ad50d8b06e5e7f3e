/**
 * JSON in and out: the strict request reader (size limit, field paths), strict binding of request
 * documents and merge patches onto command records, and the JSON-B settings.
 */
package dev.sessionvault.web.api.json;
