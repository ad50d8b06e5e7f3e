package dev.sessionvault.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The database's own floor for the bulk figures: the same message rows inserted straight into
 * PostgreSQL over JDBC, into a table shaped like {@code messages} (same columns, primary key,
 * unique constraint and foreign key to a session row), in a throw-away database of its own. Once
 * batched with one commit per batch, once with one commit per row.
 */
final class JdbcFloor {
  /** Rows per second of both ways, and how many rows each inserted. */
  record Figures(
      long batchedRows, double batchedPerSecond, long perRowRows, double perRowPerSecond) {}

  private static final String DATABASE = "sessionvault_bench_floor";

  private final String server;
  private final String user;
  private final String password;

  JdbcFloor(String serverUrl, String user, String password) {
    this.server = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
    this.user = user;
    this.password = password;
  }

  Figures measure(List<Corpus.Message> messages, int batchSize, int perRowCount)
      throws SQLException {
    try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
        Statement statement = admin.createStatement()) {
      statement.execute("drop database if exists " + DATABASE);
      statement.execute("create database " + DATABASE);
    }
    try (Connection db = DriverManager.getConnection(server + DATABASE, user, password)) {
      try (Statement ddl = db.createStatement()) {
        ddl.execute(
            "create table sessions (id uuid primary key, message_count bigint not null default 0)");
        ddl.execute(
            "create table messages (id uuid not null, session_id uuid not null, seq bigint not null,"
                + " external_id varchar(255), parent_external_id varchar(255), role varchar(16) not"
                + " null, content varchar not null, blocks jsonb, tool_name varchar(200),"
                + " tool_call_id varchar(255), model varchar(200), input_tokens bigint not null,"
                + " output_tokens bigint not null, cache_read_tokens bigint not null,"
                + " cache_write_tokens bigint not null, cost_usd numeric(18, 8), occurred_at"
                + " timestamp(6) with time zone not null, created_at timestamp(6) with time zone"
                + " not null, constraint pk_messages primary key (id), constraint"
                + " fk_messages_session foreign key (session_id) references sessions (id) on delete"
                + " cascade, constraint uk_messages_session_seq unique (session_id, seq),"
                + " constraint uk_messages_session_external unique (session_id, external_id))");
      }
      UUID session = UUID.randomUUID();
      try (PreparedStatement insert = db.prepareStatement("insert into sessions (id) values (?)")) {
        insert.setObject(1, session);
        insert.executeUpdate();
      }
      db.setAutoCommit(false);
      long start = System.nanoTime();
      long seq = insertBatched(db, session, messages, batchSize, 0);
      double batched = messages.size() / ((System.nanoTime() - start) / 1e9);
      List<Corpus.Message> perRow = messages.subList(0, Math.min(perRowCount, messages.size()));
      start = System.nanoTime();
      insertBatched(db, session, perRow, 1, seq);
      double single = perRow.size() / ((System.nanoTime() - start) / 1e9);
      return new Figures(messages.size(), batched, perRow.size(), single);
    } finally {
      try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
          Statement statement = admin.createStatement()) {
        statement.execute("drop database if exists " + DATABASE);
      }
    }
  }

  /** Inserts the rows, committing after every {@code batchSize}; returns the last seq used. */
  private static long insertBatched(
      Connection db, UUID session, List<Corpus.Message> messages, int batchSize, long seq)
      throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into messages (id, session_id, seq, role, content, tool_name, input_tokens,"
                + " output_tokens, cache_read_tokens, cache_write_tokens, cost_usd, occurred_at,"
                + " created_at) values (?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?, ?, ?)")) {
      int inBatch = 0;
      for (Corpus.Message message : messages) {
        Timestamp now = Timestamp.from(Instant.now());
        insert.setObject(1, UUID.randomUUID());
        insert.setObject(2, session);
        insert.setLong(3, ++seq);
        insert.setString(4, message.role());
        insert.setString(5, message.content());
        insert.setString(6, message.toolName());
        insert.setBigDecimal(7, BigDecimal.ZERO);
        insert.setTimestamp(8, now);
        insert.setTimestamp(9, now);
        insert.addBatch();
        if (++inBatch == batchSize) {
          insert.executeBatch();
          db.commit();
          inBatch = 0;
        }
      }
      if (inBatch > 0) {
        insert.executeBatch();
        db.commit();
      }
    }
    return seq;
  }
}
