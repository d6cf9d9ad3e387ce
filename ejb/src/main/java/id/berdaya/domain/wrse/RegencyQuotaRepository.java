package id.berdaya.domain.wrse;

import java.util.List;
import java.util.Optional;

public interface RegencyQuotaRepository {

    Optional<RegencyQuota> find(String regencyCode, int programmeYear);

    List<RegencyQuota> forYear(int programmeYear);

    void add(RegencyQuota quota);
}
