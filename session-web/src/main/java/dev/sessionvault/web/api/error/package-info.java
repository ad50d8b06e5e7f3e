/** One ExceptionMapper per exception family; every error answers application/problem+json. */
package dev.sessionvault.web.api.error;
