package id.berdaya.interfaces.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The container's own error answers (a 401 from the authentication mechanism, before any
 * resource runs) in the API's one error body: {"status", "message", "errors"}.
 */
@WebServlet(name = "apiErrors", urlPatterns = "/error/api")
public class ApiErrorServlet extends HttpServlet {

    static final String MESSAGE_ATTRIBUTE = ApiErrorServlet.class.getName() + ".message";
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : response.getStatus();
        Object message = request.getAttribute(MESSAGE_ATTRIBUTE);
        String text = message instanceof String s ? s : status == 401 ? "Log in with HTTP Basic" : "Request refused";
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"status\":" + status + ",\"message\":\"" + text.replace("\"", "'")
                + "\",\"errors\":[]}");
    }
}
