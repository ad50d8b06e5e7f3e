package dev.sessionvault.web.api.audit;

import dev.sessionvault.application.audit.AuditService;
import dev.sessionvault.application.command.AuditQuery;
import dev.sessionvault.application.view.AuditRecordView;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Streams an audit export in batches read one after another, so that an export of millions of
 * records never holds more than one batch. The first batch is read before the response starts, so
 * that a refused or invalid request still gets its 4xx.
 */
final class AuditExport {
  static final String CSV_MEDIA_TYPE = "text/csv";
  static final String JSON_LINES_MEDIA_TYPE = "application/x-ndjson";

  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));
  private static final String[] CSV_HEADER = {
    "id",
    "accountId",
    "seq",
    "occurredAt",
    "actorKind",
    "actorId",
    "actorRole",
    "action",
    "targetType",
    "targetId",
    "outcome",
    "requestId",
    "clientAddress",
    "detail",
    "previousHash",
    "hash"
  };

  enum Format {
    JSONL("jsonl", JSON_LINES_MEDIA_TYPE),
    CSV("csv", CSV_MEDIA_TYPE);

    private final String parameter;
    private final String mediaType;

    Format(String parameter, String mediaType) {
      this.parameter = parameter;
      this.mediaType = mediaType;
    }

    String parameter() {
      return parameter;
    }
  }

  private AuditExport() {}

  static Response of(AuditService audit, AuditQuery query, Format format) {
    List<AuditRecordView> first = audit.exportBatch(query, 0, AuditService.MAX_EXPORT_BATCH);
    StreamingOutput body =
        output -> {
          Writer writer =
              new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
          RecordSink sink = format == Format.CSV ? csv(writer) : jsonLines(writer);
          List<AuditRecordView> batch = first;
          while (true) {
            for (AuditRecordView record : batch) {
              sink.write(record);
            }
            if (batch.size() < AuditService.MAX_EXPORT_BATCH) {
              break;
            }
            writer.flush();
            batch =
                audit.exportBatch(
                    query, batch.get(batch.size() - 1).id(), AuditService.MAX_EXPORT_BATCH);
          }
          writer.flush();
        };
    return Response.ok(body, format.mediaType + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"audit." + format.parameter + "\"")
        .build();
  }

  private interface RecordSink {
    void write(AuditRecordView record) throws IOException;
  }

  private static RecordSink jsonLines(Writer writer) {
    return record -> {
      writer.write(JSONB.toJson(record));
      writer.write('\n');
    };
  }

  private static RecordSink csv(Writer writer) throws IOException {
    CSVPrinter printer =
        new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get());
    return record ->
        printer.printRecord(
            record.id(),
            record.accountId(),
            record.seq(),
            record.occurredAt(),
            record.actorKind(),
            record.actorId(),
            record.actorRole(),
            record.action(),
            record.targetType(),
            record.targetId(),
            record.outcome(),
            record.requestId(),
            record.clientAddress(),
            JSONB.toJson(record.detail()),
            record.previousHash(),
            record.hash());
  }
}
