/** The web console's sign-in, sign-out and account switch (a cookie and a CSRF token). */
package dev.sessionvault.web.api.console;
