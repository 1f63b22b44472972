package org.diplokg.linkeddata;

import java.io.IOException;

import org.diplokg.export.DumpFormat;
import org.diplokg.export.DumpWriter;
import org.diplokg.store.KgStore;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the dumps the VoID description lists, {@code /dumps/diplokg.nq} and so on, written
 * on the fly from the store by the same {@link DumpWriter} as {@code diplokg export}.
 */
public final class DumpServlet extends HttpServlet {
    public static final String PATH = "/dumps";
    private static final String NAME = "diplokg.";

    private final transient KgStore store;
    private final transient Namespaces namespaces;

    public DumpServlet(KgStore store, SiteLayout site) {
        this.store = store;
        this.namespaces = new Namespaces(site.base());
    }

    /** {@code diplokg.nq}, {@code diplokg.trig}, ... */
    public static String fileName(DumpFormat f) {
        return NAME + f.extension();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String uri = req.getRequestURI();
        String file = uri.startsWith(PATH + "/") ? uri.substring(PATH.length() + 1) : "";
        DumpFormat format = file.startsWith(NAME) ? DumpFormat.fromCode(file.substring(NAME.length())) : null;
        if (format == null || !fileName(format).equals(file)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "dumps: " + String.join(", ",
                    java.util.Arrays.stream(DumpFormat.values()).map(DumpServlet::fileName).toList()));
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(format.mediaType() + "; charset=utf-8");
        resp.setHeader("Access-Control-Allow-Origin", "*");
        new DumpWriter(store, namespaces).write(format, resp.getOutputStream());
    }
}
