package dev.sessionvault.web.api.transfer.transcript;

import static dev.sessionvault.web.api.transfer.transcript.TranscriptValues.clip;
import static dev.sessionvault.web.api.transfer.transcript.TranscriptValues.uuid;

import dev.sessionvault.application.command.session.AppendMessageCommand;
import dev.sessionvault.application.command.session.CreateSessionCommand;
import dev.sessionvault.application.command.session.TodoItemCommand;
import dev.sessionvault.application.transfer.ImportItem;
import dev.sessionvault.application.transfer.ImportedSession;
import dev.sessionvault.application.transfer.ImportedSession.ImportedMessage;
import dev.sessionvault.application.transfer.ImportedSession.ImportedTodo;
import dev.sessionvault.application.transfer.OriginalTranscript;
import dev.sessionvault.application.transfer.TranscriptPricing;
import dev.sessionvault.application.transfer.TranscriptReport;
import dev.sessionvault.application.transfer.TranscriptSession;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A Claude Code transcript ({@code ~/.claude/projects/<project>/<sessionId>.jsonl}, or a
 * sub-agent's {@code <sessionId>/subagents/agent-<id>.jsonl}) as sessions to synchronise: the main
 * conversation under the transcript's session id, and each sub-agent whose lines it holds as a
 * session of its own linked to the main one. Messages come in timestamp order, then file order.
 */
public final class ClaudeCodeTranscript implements TranscriptReader {
  static final String AGENT = "claude_code";
  static final String FORMAT = "claude-code";

  private final OriginalTranscript original;
  private final SubagentMeta subagent;
  private final TranscriptFile file;
  private final TranscriptPricing pricing;
  private final ClaudeCodeScan scan;
  private final Iterator<ClaudeCodeScan.Chain> chains;

  private ClaudeCodeTranscript(
      OriginalTranscript original, TranscriptPricing pricing, SubagentMeta subagent) {
    this.original = original;
    this.subagent = subagent;
    this.file = new TranscriptFile(original.file());
    this.pricing = pricing;
    this.scan = ClaudeCodeScan.of(file);
    this.chains = new ArrayList<>(scan.chains.values()).iterator();
  }

  /**
   * Reads a spooled transcript; closing deletes nothing (the caller owns the copy). The file is
   * kept with the main session, or with the sub-agent when it is a sub-agent's own file.
   */
  public static ClaudeCodeTranscript read(OriginalTranscript original, TranscriptPricing pricing) {
    return new ClaudeCodeTranscript(original, pricing, SubagentMeta.NONE);
  }

  /** As {@link #read(OriginalTranscript, TranscriptPricing)}, for a sub-agent's own file. */
  public static ClaudeCodeTranscript read(
      OriginalTranscript original, TranscriptPricing pricing, SubagentMeta subagent) {
    return new ClaudeCodeTranscript(original, pricing, subagent);
  }

  /** Whether the file is one sub-agent's own (agent-<id>.jsonl): all its lines are that agent's. */
  private boolean ownFile() {
    return !scan.chains.containsKey(ClaudeCodeScan.MAIN) && scan.chains.size() == 1;
  }

  /** The report of the whole file, as each of its sessions carries it. */
  TranscriptReport report() {
    List<String> unpriced = new ArrayList<>();
    scan.chains.values().stream()
        .flatMap(chain -> chain.models.keySet().stream())
        .distinct()
        .sorted()
        .filter(model -> pricing.cost(model, 0, 0, 0, 0, 0).isEmpty())
        .forEach(unpriced::add);
    Map<String, Long> skipped = new LinkedHashMap<>(scan.skipped);
    long foreign = scan.foreignSummaries();
    if (foreign > 0) {
      skipped.put("summary (of another session)", foreign);
    }
    return new TranscriptReport(
        FORMAT, scan.lines, skipped, List.copyOf(scan.malformed), scan.malformedCount, unpriced);
  }

  @Override
  public boolean hasNext() {
    return chains.hasNext();
  }

  @Override
  public ImportItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ClaudeCodeScan.Chain chain = chains.next();
    boolean main = chain.agentId.equals(ClaudeCodeScan.MAIN);
    String sessionId = chain.sessionId;
    String externalId =
        main ? sessionId : (sessionId == null ? "" : sessionId + ":") + "agent-" + chain.agentId;
    List<String> warnings = new ArrayList<>();
    TranscriptReport report = report();
    if (!report.unpricedModels().isEmpty()) {
      warnings.add(
          "no price for model(s) "
              + String.join(", ", report.unpricedModels())
              + ": their messages have no cost (add them with SESSIONVAULT_PRICES_FILE)");
    }
    ImportedSession session =
        new ImportedSession(
            main ? "" : "agent-" + chain.agentId,
            main ? uuid(sessionId) : null,
            session(chain, main, externalId, main || !ownFile() ? SubagentMeta.NONE : subagent),
            null,
            null,
            chain.first,
            chain.last,
            chain.last,
            null,
            null,
            null,
            messages(chain),
            todos(chain),
            Collections.emptyIterator(),
            FORMAT,
            1,
            warnings);
    return new TranscriptSession(
        session, main ? null : sessionId, report, main || ownFile() ? original : null);
  }

  private CreateSessionCommand session(
      ClaudeCodeScan.Chain chain, boolean main, String externalId, SubagentMeta meta) {
    Map<String, Object> claudeCode = new LinkedHashMap<>();
    claudeCode.put("sessionId", chain.sessionId);
    if (!main) {
      claudeCode.put("agentId", chain.agentId);
    }
    claudeCode.put("version", chain.version);
    claudeCode.put("slug", chain.slug);
    if (chain.reportedCostUsd != null) {
      claudeCode.put("reportedCostUsd", chain.reportedCostUsd);
    }
    claudeCode.put("agentType", meta.type());
    claudeCode.put("agentDescription", meta.description());
    claudeCode.values().removeIf(value -> value == null);
    String name =
        main ? (scan.aiTitle != null ? scan.aiTitle : scan.customTitle) : meta.description();
    return new CreateSessionCommand(
        externalId,
        clip(name, 200),
        clip(scan.summary(chain), 20_000),
        main ? null : "subagent",
        AGENT,
        null,
        chain.model(),
        null,
        null,
        clip(chain.cwd, 1024),
        clip(chain.gitBranch, 255),
        null,
        null,
        null,
        Map.of("claudeCode", claudeCode),
        null,
        null,
        null);
  }

  private Iterator<ImportedMessage> messages(ClaudeCodeScan.Chain chain) {
    List<ClaudeCodeScan.Entry> ordered = new ArrayList<>(chain.entries);
    ordered.sort(
        Comparator.comparing(
                (ClaudeCodeScan.Entry entry) ->
                    entry.timestamp() == null ? Instant.MIN : entry.timestamp())
            .thenComparingLong(ClaudeCodeScan.Entry::line));
    Iterator<ClaudeCodeScan.Entry> entries = ordered.iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return entries.hasNext();
      }

      @Override
      public ImportedMessage next() {
        ClaudeCodeScan.Entry entry = entries.next();
        return new ImportedMessage("line " + entry.line(), null, message(entry), null);
      }
    };
  }

  private AppendMessageCommand message(ClaudeCodeScan.Entry entry) {
    if (entry.steering() != null) {
      return ClaudeCodeLines.steering(entry.steering(), entry.timestamp(), entry.line());
    }
    JsonObject line = TranscriptValues.parse(file.read(entry.offset(), entry.length()));
    ResponseUsage usage = null;
    BigDecimal cost = null;
    if ("assistant".equals(TranscriptValues.string(line, "type"))) {
      String key = ClaudeCodeScan.responseKey(line);
      String uuid = TranscriptValues.string(line, "uuid");
      if (uuid != null && uuid.equals(scan.carriers.get(key))) {
        usage = scan.usage.get(key);
        usage = usage == null || usage.total() == 0 ? null : usage;
      }
      String model = ClaudeCodeLines.model(line);
      if (usage != null && model != null) {
        cost =
            pricing
                .cost(
                    model,
                    usage.input(),
                    usage.output(),
                    usage.cacheRead(),
                    usage.cacheWrite() - usage.cacheWrite1h(),
                    usage.cacheWrite1h())
                .orElse(null);
      }
    }
    return ClaudeCodeLines.message(line, entry.timestamp(), scan.toolNames, usage, cost);
  }

  private List<ImportedTodo> todos(ClaudeCodeScan.Chain chain) {
    if (chain.todoLine == null) {
      return List.of();
    }
    ClaudeCodeScan.Entry entry = chain.todoLine;
    List<TodoItemCommand> items =
        ClaudeCodeLines.todos(TranscriptValues.parse(file.read(entry.offset(), entry.length())));
    List<ImportedTodo> todos = new ArrayList<>();
    if (items != null) {
      for (int i = 0; i < items.size(); i++) {
        todos.add(new ImportedTodo("line " + entry.line() + "/todos/" + i, items.get(i)));
      }
    }
    return todos;
  }

  @Override
  public void close() {
    file.close();
  }
}
