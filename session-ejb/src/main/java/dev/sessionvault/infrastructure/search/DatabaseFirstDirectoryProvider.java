package dev.sessionvault.infrastructure.search;

import dev.sessionvault.infrastructure.persistence.GroupCommit;
import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.hibernate.search.backend.lucene.lowlevel.directory.impl.LocalFileSystemDirectoryProvider;
import org.hibernate.search.backend.lucene.lowlevel.directory.spi.DirectoryCreationContext;
import org.hibernate.search.backend.lucene.lowlevel.directory.spi.DirectoryHolder;
import org.hibernate.search.backend.lucene.lowlevel.directory.spi.DirectoryProvider;

/**
 * Hibernate Search's local file-system index directory, whose commits first wait until the database
 * has made durable everything committed so far ({@link GroupCommit}). H2 lets other transactions
 * see a commit a moment before it is on disk; the outbox processor could index such a write and
 * commit the index, and a crash in that moment would leave the index holding a write the database
 * lost. Lucene syncs the new files before it writes its commit point, so waiting there covers
 * everything the documents were built from.
 */
public final class DatabaseFirstDirectoryProvider implements DirectoryProvider {
  private final DirectoryProvider local = new LocalFileSystemDirectoryProvider();

  @Override
  public DirectoryHolder createDirectoryHolder(DirectoryCreationContext context) {
    DirectoryHolder holder = local.createDirectoryHolder(context);
    return new DirectoryHolder() {
      private Directory directory;

      @Override
      public void start() throws IOException {
        holder.start();
        directory =
            new FilterDirectory(holder.get()) {
              @Override
              public void sync(Collection<String> names) throws IOException {
                GroupCommit.awaitDurable();
                super.sync(names);
              }
            };
      }

      @Override
      public void close() throws IOException {
        holder.close();
      }

      @Override
      public Directory get() {
        return directory;
      }
    };
  }
}
