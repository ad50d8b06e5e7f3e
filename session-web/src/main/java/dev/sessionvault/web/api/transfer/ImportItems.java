package dev.sessionvault.web.api.transfer;

import dev.sessionvault.application.transfer.ImportItem;
import java.util.Iterator;

/** The sessions of an import body, read as they are asked for; closing frees what reading held. */
interface ImportItems extends Iterator<ImportItem>, AutoCloseable {
  @Override
  default void close() {}
}
