package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import id.berdaya.domain.region.Region;
import id.berdaya.domain.region.RegionRepository;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.security.StaffUser;
import id.berdaya.domain.security.StaffUserRepository;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs inside the server: entities round-trip through the schema the migrations built. */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(PersistenceIT.class);
    }

    @Inject
    private StaffUserRepository users;

    @Inject
    private RegionRepository regions;

    @Resource(lookup = "java:comp/UserTransaction")
    private UserTransaction tx;

    @Test
    void staffUserIsStoredAndReadBackWithItsRoles() throws Exception {
        String username = "it-" + System.nanoTime();
        tx.begin();
        users.add(new StaffUser(username, "PBKDF2WithHmacSHA256:1:c2FsdA==:aGFzaA==", "Ayu Lestari",
                "199001012015012001", Set.of(Role.FINANCE_STAFF, Role.SUPERVISOR)));
        tx.commit();

        tx.begin();
        StaffUser read = users.findByUsername(username).orElseThrow();
        tx.commit();
        assertThat(read.getId()).isNotNull();
        assertThat(read.getFullName()).isEqualTo("Ayu Lestari");
        assertThat(read.getNip()).isEqualTo("199001012015012001");
        assertThat(read.getRoles()).containsExactlyInAnyOrder(Role.FINANCE_STAFF, Role.SUPERVISOR);
        assertThat(read.isActive()).isTrue();
    }

    @Test
    void regionsAreLoadedByMigrationWithTheirOfficialCodes() {
        assertThat(regions.regencies()).extracting(Region::getCode)
                .containsExactly("6401", "6402", "6403", "6407", "6408", "6409", "6411", "6471", "6472", "6474");
        Region kotaBangunDarat = regions.find("640219").orElseThrow();
        assertThat(kotaBangunDarat.getName()).isEqualTo("Kota Bangun Darat");
        assertThat(kotaBangunDarat.getSinceYear()).isEqualTo(2022);
        assertThat(regions.districtsOf("6402")).hasSize(20);
    }
}
