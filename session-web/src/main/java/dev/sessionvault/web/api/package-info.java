/** The REST API: thin resources that parse a request, call one service and return its view. */
package dev.sessionvault.web.api;
