package id.berdaya.domain.shared;

/** No such record (HTTP 404). */
public class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found", what + " " + id + " tidak ditemukan");
    }
}
