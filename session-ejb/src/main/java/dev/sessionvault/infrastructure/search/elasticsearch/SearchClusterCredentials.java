package dev.sessionvault.infrastructure.search.elasticsearch;

import java.util.Optional;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.search.backend.elasticsearch.client.rest4.ElasticsearchHttpClientConfigurationContext;
import org.hibernate.search.backend.elasticsearch.client.rest4.ElasticsearchHttpClientConfigurer;

/**
 * Signs in to the search cluster with {@code sessionvault.search.username} and {@code
 * sessionvault.search.password} (SESSIONVAULT_SEARCH_USERNAME, SESSIONVAULT_SEARCH_PASSWORD) when a
 * user name is set. Passed to Hibernate Search as properties, an empty default would be a warning
 * at every start (Liberty drops empty JPA properties, CWWJP0056W); read here, unset means none.
 */
public class SearchClusterCredentials implements ElasticsearchHttpClientConfigurer {
  @Override
  public void configure(ElasticsearchHttpClientConfigurationContext context) {
    Config config = ConfigProvider.getConfig(SearchClusterCredentials.class.getClassLoader());
    Optional<String> username =
        config
            .getOptionalValue("sessionvault.search.username", String.class)
            .filter(name -> !name.isBlank());
    if (username.isEmpty()) {
      return;
    }
    String password =
        config.getOptionalValue("sessionvault.search.password", String.class).orElse("");
    BasicCredentialsProvider credentials = new BasicCredentialsProvider();
    credentials.setCredentials(
        AuthScope.ANY, new UsernamePasswordCredentials(username.get(), password));
    context.clientBuilder().setDefaultCredentialsProvider(credentials);
  }
}
