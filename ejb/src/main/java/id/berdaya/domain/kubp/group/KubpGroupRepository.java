package id.berdaya.domain.kubp.group;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface KubpGroupRepository {

    Optional<KubpGroup> find(long id);

    /**
     * Groups whose name, village or a member's name contains the text (any case), or with a member
     * of that exact NIK; all when the text is blank; by name.
     */
    List<KubpGroup> search(String text, String districtCode);

    List<KubpGroup> findAll();

    void add(KubpGroup group);

    boolean businessFieldExists(String code);

    /**
     * The NIKs among {@code niks} that belong to a group other than {@code exceptGroupId} which has
     * a loan that is not yet closed (applied, approved, disbursed or active).
     */
    Set<String> niksInOtherGroupsWithOpenLoans(Collection<String> niks, Long exceptGroupId);
}
