package org.waqai.api.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem document. Extension members (for example {@code line}, {@code column}, {@code problems})
 * are written at the top level next to the standard ones.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance"})
public record Problem(String type, String title, int status, String detail, String instance,
    @JsonIgnore Map<String, Object> extensions) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

  public Problem {
    extensions = extensions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
  }

  public static Problem of(ProblemType type, String detail, String instance, Map<String, Object> extensions) {
    return new Problem(type.uri(), type.title(), type.status(), detail, instance, extensions);
  }

  @JsonAnyGetter
  public Map<String, Object> members() {
    return new LinkedHashMap<>(extensions);
  }

  public Response toResponse() {
    Response.ResponseBuilder r = Response.status(status).type(MEDIA).entity(this);
    if (status == 401) {
      r.header("WWW-Authenticate", "Bearer realm=\"waqai\"");
    }
    if (status == 503) {
      // A client over its share of queries may retry at once when one finishes; a store that is down takes longer.
      r.header("Retry-After", type.equals(ProblemType.BUSY.uri()) ? "1" : "5");
    }
    return r.build();
  }
}
