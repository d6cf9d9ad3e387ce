/**
 * The KUBP REST API under {@code /api/kubp}: typed request records with Bean Validation, views
 * with names of their own, money as whole rupiah. Resources call the application services only;
 * refusals map to 400 (naming the field), 403, 404, 409 and 422 (every broken term's reason).
 */
package id.berdaya.interfaces.kubp.rest;
