package dev.sessionvault.infrastructure.search.elasticsearch;

import dev.sessionvault.infrastructure.search.IndexLayout;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * Hibernate Search's simple layout (an index per type behind a read and a write alias), with the
 * deployment's prefix and the index layout version in every name: {@code
 * <prefix>message-v3-000001}, read through {@code <prefix>message-v3-read}. Several installations
 * share one cluster by their prefixes, and a version whose documents differ starts in new indexes
 * instead of failing the old ones' validation (see {@link IndexLayout}).
 *
 * <p>Hibernate Search hands a layout strategy no configuration, so the prefix is read here from
 * MicroProfile Config ({@code sessionvault.search.index.prefix}: a server.xml variable or the
 * environment variable SESSIONVAULT_SEARCH_INDEX_PREFIX).
 */
public class PrefixedIndexLayout implements IndexLayoutStrategy {
  static final String PREFIX_PROPERTY = "sessionvault.search.index.prefix";
  static final String DEFAULT_PREFIX = "sessionvault-";
  private static final Pattern PRIMARY = Pattern.compile("(.*)-\\d{6}");

  private final String prefix;
  private final String version;

  public PrefixedIndexLayout() {
    this(configuredPrefix(), IndexLayout.VERSION);
  }

  PrefixedIndexLayout(String prefix, String version) {
    this.prefix = prefix;
    this.version = version;
  }

  /** The deployment's prefix, lower case (index names must be). */
  static String configuredPrefix() {
    return ConfigProvider.getConfig(PrefixedIndexLayout.class.getClassLoader())
        .getOptionalValue(PREFIX_PROPERTY, String.class)
        .orElse(DEFAULT_PREFIX)
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  @Override
  public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
    return base(hibernateSearchIndexName) + "-000001";
  }

  @Override
  public String createWriteAlias(String hibernateSearchIndexName) {
    return base(hibernateSearchIndexName) + "-write";
  }

  @Override
  public String createReadAlias(String hibernateSearchIndexName) {
    return base(hibernateSearchIndexName) + "-read";
  }

  @Override
  public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
    return base(hibernateSearchIndexName);
  }

  @Override
  public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
    Matcher primary = PRIMARY.matcher(elasticsearchIndexName);
    return primary.matches() ? primary.group(1) : null;
  }

  /** The name every index name of this type starts with. */
  String base(String hibernateSearchIndexName) {
    return prefix + hibernateSearchIndexName + "-v" + version;
  }
}
