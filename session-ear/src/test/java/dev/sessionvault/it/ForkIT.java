package dev.sessionvault.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionvault.it.support.Api;
import dev.sessionvault.it.support.Credentials;
import dev.sessionvault.it.support.EndToEndTest;
import dev.sessionvault.it.support.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Continuing a session from an earlier point. */
class ForkIT extends EndToEndTest {
  private static List<JsonObject> messages(String id) {
    return Api.get("/sessions/" + id + "/messages")
        .expect(200)
        .items()
        .getValuesAs(JsonObject.class);
  }

  @Test
  void aForkHoldsTheConversationUpToItsPointAndLinksToItsParent() {
    String parent = ExportIT.richSession();
    JsonObject before = Api.get("/sessions/" + parent).expect(200).json();
    Reply created = Api.post("/sessions/" + parent + "/fork?atSeq=2", null).expect(201);
    JsonObject fork = created.json();
    assertEquals(Api.BASE + "/sessions/" + fork.getString("id"), created.header("Location"));
    assertNotEquals(parent, fork.getString("id"));
    assertEquals(parent, fork.getString("parentId"));
    assertEquals(2, fork.getInt("forkedAtSeq"));
    assertEquals("active", fork.getString("status"));
    assertEquals(before.getString("name"), fork.getString("name"));
    assertEquals(before.getJsonArray("tags"), fork.getJsonArray("tags"));
    assertEquals(before.getJsonObject("metadata"), fork.getJsonObject("metadata"));
    assertEquals(2, fork.getInt("messageCount"));
    List<JsonObject> copied = messages(fork.getString("id"));
    List<JsonObject> original = messages(parent).subList(0, 2);
    for (int i = 0; i < 2; i++) {
      for (String field :
          List.of("seq", "role", "content", "blocks", "tokens", "costUsd", "timestamp")) {
        assertEquals(original.get(i).get(field), copied.get(i).get(field), field);
      }
    }
    assertEquals(
        Api.get("/sessions/" + parent + "/todos").json(),
        Api.get("/sessions/" + fork.getString("id") + "/todos").json());
    assertEquals(
        before, Api.get("/sessions/" + parent).expect(200).json(), "the parent is unchanged");
    JsonObject whole = Api.post("/sessions/" + parent + "/fork", null).expect(201).json();
    assertEquals(3, whole.getInt("messageCount"));
    Api.delete("/sessions/" + parent).expect(204);
    assertEquals(
        JsonValue.NULL,
        Api.get("/sessions/" + fork.getString("id")).expect(200).json().get("parentId"),
        "a fork outlives its parent, unlinked");
  }

  @Test
  void aForkPointOutsideTheConversationAndOtherCallersAreRefused() {
    String parent = ExportIT.richSession();
    JsonObject problem = Api.post("/sessions/" + parent + "/fork?atSeq=4", null).problem(400);
    assertTrue(problem.toString().contains("atSeq"), problem.toString());
    Api.post("/sessions/" + parent + "/fork?atSeq=-1", null).problem(400);
    Api.post("/sessions/" + parent + "/fork?atSeq=two", null).problem(400);
    Api.post("/sessions/" + UUID.randomUUID() + "/fork", null).problem(404);
    String viewer = Credentials.createKey(Credentials.DEFAULT_ACCOUNT, "fork viewer", "viewer");
    Api.post("/sessions/" + parent + "/fork", null, "Authorization", Credentials.bearer(viewer))
        .problem(403);
  }
}
