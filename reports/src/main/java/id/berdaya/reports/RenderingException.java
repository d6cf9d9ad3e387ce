package id.berdaya.reports;

/** A template could not be compiled, filled or exported: a programming or packaging error, not user input. */
public class RenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
