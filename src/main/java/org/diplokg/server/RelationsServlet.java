package org.diplokg.server;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.diplokg.provenance.AsOfService;
import org.diplokg.provenance.ProvenanceJson;
import org.diplokg.provenance.UnknownActorException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/relations?a=Q912&b=Q212&asOf=2024-08-05}: whether relations between the two
 * stand severed on that date, since when, by whom, on which evidence (see
 * {@link ProvenanceJson#asOf}). {@code asOf} defaults to today.
 */
final class RelationsServlet extends HttpServlet {
    private final transient AsOfService service;

    RelationsServlet(AsOfService service) {
        this.service = service;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String a = req.getParameter("a");
        String b = req.getParameter("b");
        String asOf = req.getParameter("asOf");
        if (a == null || b == null) {
            JsonResponses.error(resp, 400, "parameters a and b (QID, id or name) are required; asOf (YYYY-MM-DD) is optional");
            return;
        }
        LocalDate date;
        try {
            date = asOf == null ? LocalDate.now() : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            JsonResponses.error(resp, 400, "asOf must be a date such as 2024-08-05");
            return;
        }
        try {
            JsonResponses.send(resp, 200, ProvenanceJson.asOf(service.relations(a, b, date)));
        } catch (UnknownActorException e) {
            JsonResponses.error(resp, 400, e.getMessage());
        }
    }
}
