package id.berdaya.reports.gender;

/**
 * Women reached in one district: WRSE aid recipients and the value of their goods, KUBP groups with
 * their members and the principal lent. Rows of one regency are printed together with a subtotal.
 */
public record BeneficiaryCount(String regency, String district, int wrseRecipients, long wrseAid, int kubpGroups,
        int kubpMembers, long kubpPrincipal) {

    public int women() {
        return wrseRecipients + kubpMembers;
    }
}
