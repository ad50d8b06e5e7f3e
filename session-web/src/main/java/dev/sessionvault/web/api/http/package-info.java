/** HTTP details shared by the resources: entity tags, query parameters, links. */
package dev.sessionvault.web.api.http;
