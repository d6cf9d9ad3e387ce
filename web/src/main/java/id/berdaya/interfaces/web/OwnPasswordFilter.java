package id.berdaya.interfaces.web;

import id.berdaya.interfaces.security.AccountStanding;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A member of staff whose password an administrator set (her first, or after a reset) sees only the
 * page where she chooses her own, until she has: no other page opens with a password someone else
 * knows. The login and error pages and the pages' resources stay reachable.
 */
@WebFilter(filterName = "ownPassword", urlPatterns = "*.xhtml")
public class OwnPasswordFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/password.xhtml";

    @Inject
    private AccountStanding standing;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String user = request.getRemoteUser();
        String path = request.getServletPath();
        if (user != null && !path.equals(PAGE) && !path.equals("/login.xhtml") && !path.startsWith("/jakarta.faces.resource/")
                && !path.startsWith("/error") && standing.mustChangePassword(user)) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
