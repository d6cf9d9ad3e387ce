package id.berdaya.interfaces.wrse.web;

import id.berdaya.domain.registry.PersonFacts;
import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.Sex;
import java.util.ArrayList;

/** issue 16: an intake form filled from what the registries say about a targeting-run candidate. */
final class RegistryPrefill {

    private RegistryPrefill() {
    }

    static IntakeForm of(PersonFacts facts) {
        IntakeForm form = new IntakeForm();
        form.setNik(facts.nik());
        form.setKkNumber(facts.kkNumber());
        form.setFullName(facts.fullName());
        form.setSex("F".equals(facts.sex()) ? Sex.F : Sex.M);
        form.setBirthDate(facts.birthDate());
        form.setMaritalStatus(MaritalStatus.valueOf(facts.maritalStatus()));
        form.setRegencyCode(facts.regencyCode());
        form.setDistrictCode(facts.districtCode());
        form.setVillage(facts.villageCode());
        form.setMainBreadwinner(facts.headsHerFamily());
        for (PersonFacts.Listing listing : facts.listings()) {
            switch (listing.registry()) {
                case "DTKS" -> form.setDtks(true);
                case "P3KE" -> {
                    form.setP3ke(true);
                    form.setP3keDecile(listing.decile());
                }
                case "DTSEN" -> {
                    form.setDtsen(true);
                    form.setDtsenDecile(listing.decile());
                }
                case "REGSOSEK" -> form.setRegsosek(true);
                default -> {
                }
            }
        }
        form.setCurrentAid(new ArrayList<>(facts.currentAid()));
        return form;
    }
}
