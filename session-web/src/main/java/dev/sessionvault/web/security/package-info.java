/** Authentication of every API request (Jakarta Security): bearer API keys and passwords. */
package dev.sessionvault.web.security;
