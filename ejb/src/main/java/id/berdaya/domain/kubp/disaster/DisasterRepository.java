package id.berdaya.domain.kubp.disaster;

import java.util.List;
import java.util.Optional;

public interface DisasterRepository {

    Optional<Disaster> find(long id);

    List<Disaster> findAll();

    void add(Disaster disaster);
}
