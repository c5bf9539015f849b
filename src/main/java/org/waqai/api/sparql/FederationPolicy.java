package org.waqai.api.sparql;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitor;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.util.Context;
import org.waqai.api.problem.ApiException;
import org.waqai.api.problem.ProblemType;

/**
 * Which endpoints a federated query ({@code SERVICE <url> {…}}) may call. None by default: a query's SERVICE would
 * otherwise make this server send requests to any address it can reach, inside the operator's network too, and
 * return what came back. The operator lists the endpoints that may be called ({@code waqai.sparql.federated-endpoints});
 * a service IRI must equal one of them exactly. A service given by a variable ({@code SERVICE ?u}) is checked when
 * the query runs and the variable has its value.
 *
 * @param endpoints the IRIs that may be called
 */
public record FederationPolicy(Set<String> endpoints) {
  public FederationPolicy {
    endpoints = Set.copyOf(endpoints);
  }

  public static FederationPolicy of(List<String> endpoints) {
    return new FederationPolicy(Set.copyOf(endpoints.stream().map(String::strip).filter(s -> !s.isEmpty()).toList()));
  }

  /** Refuses, before it runs, a query naming a service that may not be called (403). */
  public void check(Query query) {
    if (query.getQueryPattern() != null) {
      walk(query.getQueryPattern());
    }
  }

  /** The walker does not enter subqueries or the patterns of EXISTS and NOT EXISTS; this does. */
  private void walk(Element element) {
    ExprVisitor exists = new ExprVisitorBase() {
      @Override
      public void visit(ExprFunctionOp op) {
        if (op.getElement() != null) {
          walk(op.getElement());
        }
      }
    };
    ElementWalker.walk(element, new ElementVisitorBase() {
      @Override
      public void visit(ElementService service) {
        Node node = service.getServiceNode();
        if (node.isVariable() ? endpoints.isEmpty() : !allowed(node)) {
          throw refused(node);
        }
      }

      @Override
      public void visit(ElementSubQuery sub) {
        check(sub.getQuery());
      }

      @Override
      public void visit(ElementFilter filter) {
        Walker.walk(filter.getExpr(), exists);
      }

      @Override
      public void visit(ElementBind bind) {
        Walker.walk(bind.getExpr(), exists);
      }
    });
  }

  /** Makes queries run with this context call only the allowed services, whatever their variables hold. */
  public void guard(Context context) {
    ServiceExecutorRegistry registry = ServiceExecutorRegistry.chooseRegistry(context).copy();
    registry.addSingleLink((opExecute, original, binding, execCxt, chain) -> {
      if (!allowed(opExecute.getService())) {
        throw refused(opExecute.getService());
      }
      return chain.createExecution(opExecute, original, binding, execCxt);
    });
    ServiceExecutorRegistry.set(context, registry);
  }

  private boolean allowed(Node service) {
    return service.isURI() && endpoints.contains(service.getURI());
  }

  private ApiException refused(Node service) {
    String which = service.isVariable() ? "SERVICE " + service : "SERVICE <" + service.toString() + ">";
    return new ApiException(ProblemType.REFUSED_OPERATION, endpoints.isEmpty()
        ? "federated queries are turned off here (" + which + "); the operator may allow endpoints with "
            + "waqai.sparql.federated-endpoints"
        : which + " is not one of the endpoints allowed by waqai.sparql.federated-endpoints");
  }
}
