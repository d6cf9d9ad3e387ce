/**
 * WRSE use cases: stateless screening, recording and submitting applications, the workflow steps
 * after submission, quotas, lists and the ranking. Who may do what is declared here with
 * {@code @RolesAllowed}: loan officers record and submit; the regency's social service (loan
 * officers or supervisors) proposes; the province (supervisors) verifies, rejects and judges
 * reviews; loan officers or supervisors record training and aid delivery.
 */
package id.berdaya.application.wrse;
