package dev.sessionvault.web.api.transfer.transcript;

/**
 * What Claude Code's {@code agent-<id>.meta.json} says of a sub-agent, sent with its transcript
 * ({@code agentType}, {@code agentDescription}): the sub-agent's session takes the description as
 * its name and both in {@code metadata.claudeCode}.
 */
public record SubagentMeta(String type, String description) {
  public static final SubagentMeta NONE = new SubagentMeta(null, null);
}
