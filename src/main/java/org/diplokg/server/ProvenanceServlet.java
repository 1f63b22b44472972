package org.diplokg.server;

import java.io.IOException;

import org.diplokg.model.Relation;
import org.diplokg.provenance.ProvenanceJson;
import org.diplokg.provenance.ProvenanceService;
import org.diplokg.provenance.UnknownActorException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/provenance?actor=Q1032&relation=severs&target=Q212}: where the claims come
 * from, as JSON (see {@link ProvenanceJson#report}). Actors by QID, id or name. Missing or bad
 * parameters and unknown actors are 400 with {@code {"error": ...}}.
 */
final class ProvenanceServlet extends HttpServlet {
    private final transient ProvenanceService service;

    ProvenanceServlet(ProvenanceService service) {
        this.service = service;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String actor = req.getParameter("actor");
        String relationCode = req.getParameter("relation");
        String target = req.getParameter("target");
        if (actor == null || relationCode == null || target == null) {
            JsonResponses.error(resp, 400, "parameters actor, relation (severs|accuses|denies) and target are required");
            return;
        }
        Relation relation = Relation.fromCode(relationCode);
        if (relation == null) {
            JsonResponses.error(resp, 400, "relation must be severs, accuses or denies");
            return;
        }
        try {
            JsonResponses.send(resp, 200, ProvenanceJson.report(service.lookup(actor, relation, target)));
        } catch (UnknownActorException e) {
            JsonResponses.error(resp, 400, e.getMessage());
        }
    }
}
