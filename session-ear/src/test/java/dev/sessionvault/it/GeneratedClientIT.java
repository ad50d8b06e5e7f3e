package dev.sessionvault.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import dev.sessionvault.client.ApiClient;
import dev.sessionvault.client.ApiException;
import dev.sessionvault.client.api.AccountsApi;
import dev.sessionvault.client.api.MessagesApi;
import dev.sessionvault.client.api.ProjectsApi;
import dev.sessionvault.client.api.RetentionApi;
import dev.sessionvault.client.api.SearchApi;
import dev.sessionvault.client.api.SessionsApi;
import dev.sessionvault.client.api.TodosApi;
import dev.sessionvault.client.api.TrashApi;
import dev.sessionvault.client.model.AppendMessageCommand;
import dev.sessionvault.client.model.AppendResult;
import dev.sessionvault.client.model.ChangeStatusCommand;
import dev.sessionvault.client.model.CreateSessionCommand;
import dev.sessionvault.client.model.MessageBatch;
import dev.sessionvault.client.model.MessageResourceAppendRequest;
import dev.sessionvault.client.model.MessageView;
import dev.sessionvault.client.model.PageViewSessionView;
import dev.sessionvault.client.model.ProjectCommand;
import dev.sessionvault.client.model.RetentionOutcomeView;
import dev.sessionvault.client.model.RetentionPolicyCommand;
import dev.sessionvault.client.model.RetentionPolicyView;
import dev.sessionvault.client.model.SearchResultView;
import dev.sessionvault.client.model.SessionView;
import dev.sessionvault.client.model.StorageUsageView;
import dev.sessionvault.client.model.TodoItemCommand;
import dev.sessionvault.client.model.TodoItems;
import dev.sessionvault.client.model.TodoListView;
import dev.sessionvault.client.model.TodoResourceReplaceRequest;
import dev.sessionvault.client.model.TrashEntryView;
import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.Credentials;
import dev.sessionvault.it.support.EndToEndTest;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The main flows of an integration, driven through a Java client that openapi-generator made from
 * the OpenAPI document the server serves (the build generates both): requests built from the
 * document's schemas are accepted, and answers read into its schemas, so the document cannot drift
 * from the API unnoticed.
 */
class GeneratedClientIT extends EndToEndTest {
  private UUID account;
  private ApiClient client;

  @BeforeEach
  void client() {
    account = Credentials.createAccount("client");
    String bearer = Credentials.createKeyWithId(account, "generated client", "admin").bearer();
    // the document's paths start with /api/v1: the client's base is the server's root
    URI root = URI.create(Api.ROOT);
    client =
        new ApiClient()
            .setScheme(root.getScheme())
            .setHost(root.getHost())
            .setPort(root.getPort())
            .setBasePath("")
            .setRequestInterceptor(request -> request.header("Authorization", bearer));
    // strict: an answer with a member its schema lacks fails, so the schemas must be complete
    // (and a oneOf of two objects resolves to the one whose members the answer has)
    client.setObjectMapper(
        ApiClient.createDefaultObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true));
  }

  @Test
  void aSessionsLifeThroughTheGeneratedClient() throws Exception {
    String word = "generated" + UUID.randomUUID().toString().replace("-", "");
    SessionsApi sessions = new SessionsApi(client);
    MessagesApi messages = new MessagesApi(client);

    String project =
        new ProjectsApi(client)
            .projectResourceCreate(new ProjectCommand().key("gen-client").name("Generated"))
            .getId()
            .toString();
    SessionView created =
        sessions.sessionResourceCreate(
            new CreateSessionCommand()
                .agent("claude_code")
                .name("Through the generated client")
                .projectId(UUID.fromString(project))
                .tags(List.of("generated"))
                .status("active"));
    String id = created.getId().toString();
    assertEquals("active", created.getStatus());

    MessageView first =
        messages
            .messageResourceAppend(
                id,
                new MessageResourceAppendRequest(
                    new AppendMessageCommand().role("user").content("please find " + word)))
            .getMessageView();
    assertEquals(1L, first.getSeq());
    MessageBatch batch = new MessageBatch();
    batch.add(new AppendMessageCommand().role("assistant").content("found " + word));
    batch.add(new AppendMessageCommand().role("user").content("thanks"));
    AppendResult appended =
        messages
            .messageResourceAppend(id, new MessageResourceAppendRequest(batch))
            .getAppendResult();
    assertEquals(2, appended.getCreated());
    assertEquals(3, messages.messageResourceList(id, null, null).getItems().size());

    TodoItems todos = new TodoItems();
    todos.add(new TodoItemCommand().content("write the test").status("in_progress"));
    TodoListView list =
        new TodosApi(client).todoResourceReplace(id, new TodoResourceReplaceRequest(todos));
    assertEquals(1, list.getActiveCount());

    SessionView idle =
        sessions.sessionResourceChangeStatus(id, new ChangeStatusCommand().status("idle"), null);
    assertEquals("idle", idle.getStatus());
    assertEquals(3L, idle.getMessageCount());

    PageViewSessionView page =
        sessions.sessionResourceList(
            null,
            null,
            null,
            null,
            "idle",
            null,
            null,
            project,
            null,
            List.of("generated"),
            null,
            null,
            null,
            null,
            null,
            null);
    assertEquals(1L, page.getTotal());
    assertEquals(id, page.getItems().get(0).getId().toString());

    Api.awaitIndexed();
    SearchResultView hits =
        new SearchApi(client)
            .searchResourceSearch(
                null, null, null, word, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null)
            .getSearchResultView();
    assertEquals(2L, hits.getTotal());

    ApiException missing =
        assertThrows(
            ApiException.class,
            () -> sessions.sessionResourceGet(UUID.randomUUID().toString(), null));
    assertEquals(404, missing.getCode());
    assertTrue(missing.getResponseBody().contains("\"status\":404"), missing.getResponseBody());
  }

  @Test
  void retentionTrashAndUsageThroughTheGeneratedClient() throws Exception {
    SessionsApi sessions = new SessionsApi(client);
    String id =
        sessions
            .sessionResourceCreate(new CreateSessionCommand().agent("codex").name("to the trash"))
            .getId()
            .toString();

    RetentionApi retention = new RetentionApi(client);
    RetentionPolicyView policy =
        retention.retentionResourcePut(
            new RetentionPolicyCommand().maxAgeDays(365).exemptTags(List.of("keep")), null);
    assertEquals(365, policy.getMaxAgeDays());
    assertEquals(List.of("keep"), retention.retentionResourceGet().getExemptTags());
    RetentionOutcomeView preview =
        retention.retentionResourcePreview(new RetentionPolicyCommand().maxSessions(0));
    assertEquals(1L, preview.getTotalSessions());
    assertEquals(id, preview.getSessions().get(0).getSessionId().toString());

    sessions.sessionResourceDelete(id, null);
    TrashApi trash = new TrashApi(client);
    TrashEntryView entry = trash.trashResourceList(null, null).getItems().get(0);
    assertEquals(id, entry.getSessionId().toString());
    assertEquals("deleted", entry.getReason());
    assertEquals(id, trash.trashResourceRestore(entry.getId().toString()).getId().toString());

    StorageUsageView usage = new AccountsApi(client).accountResourceUsage(account.toString());
    assertEquals(1L, usage.getSessions());
    assertEquals("ok", usage.getLevel());
  }
}
