/** What the API answers about accounts, members and API keys (a key's secret only once). */
package dev.sessionvault.application.view.identity;
