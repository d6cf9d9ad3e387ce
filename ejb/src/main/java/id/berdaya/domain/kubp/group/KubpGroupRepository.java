package id.berdaya.domain.kubp.group;

import id.berdaya.domain.shared.ListOrder;
import id.berdaya.domain.shared.ListSearch;
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

    /** The group list's sort keys, each a fixed column (members: how many). */
    Set<String> SORT_KEYS = Set.of("id", "name", "district", "village", "founded", "members");

    ListOrder DEFAULT_ORDER = ListOrder.ascending("name");

    /** One page of {@link #search}'s groups (all when {@code search} is null), ordered by {@code order} then by number. */
    List<KubpGroup> page(ListSearch search, String districtCode, ListOrder order, int first, int max);

    long count(ListSearch search, String districtCode);

    List<KubpGroup> findAll();

    void add(KubpGroup group);

    boolean businessFieldExists(String code);

    /**
     * The NIKs among {@code niks} that belong to a group other than {@code exceptGroupId} which has
     * a loan that is not yet closed (applied, approved, disbursed or active).
     */
    Set<String> niksInOtherGroupsWithOpenLoans(Collection<String> niks, Long exceptGroupId);
}
