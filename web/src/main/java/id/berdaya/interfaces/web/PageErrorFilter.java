package id.berdaya.interfaces.web;

import id.berdaya.interfaces.rest.LogMasking;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a page's failure shows and logs: a missing record is the 404 page, a role's denial the
 * 403 page (one log line), an expired or forged view state the login page (one log line), and
 * anything else the error page with an incident number: never a stack trace in the answer, and
 * the trace once in the log with NIKs masked.
 */
@WebFilter(filterName = "pageErrors", urlPatterns = "*.xhtml")
public class PageErrorFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PageErrorFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            String who = request.getRemoteUser() == null ? "anonymous" : request.getRemoteUser();
            String where = request.getMethod() + " " + request.getRequestURI();
            if (causedBy(e, id.berdaya.domain.shared.NotFoundException.class)
                    || causedBy(e, jakarta.persistence.NoResultException.class)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else if (causedBy(e, EJBAccessException.class)) {
                LOG.warning(() -> "Access denied: " + who + " " + where);
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else if (causedBy(e, ViewExpiredException.class)) {
                LOG.info(() -> "View state expired or not valid: " + who + " " + where);
                response.sendRedirect(request.getContextPath() + "/login.xhtml");
            } else {
                String incident = UUID.randomUUID().toString();
                LOG.log(Level.SEVERE, () -> "Page failed, incident " + incident + ": " + who + " " + where + "\n"
                        + LogMasking.trace(e));
                request.setAttribute("berdaya.incident", incident);
                response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            }
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
            if (cause instanceof ServletException servlet && servlet.getRootCause() != null && servlet.getRootCause() != cause.getCause()
                    && causedBy(servlet.getRootCause(), type)) {
                return true;
            }
        }
        return false;
    }
}
