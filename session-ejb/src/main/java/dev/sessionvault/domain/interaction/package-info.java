/** Command/result pairs a session ran (shell commands, tool invocations), in order. */
package dev.sessionvault.domain.interaction;
