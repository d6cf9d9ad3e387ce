/**
 * The WRSE goods package: the catalogue of business goods per business field that supervisors keep,
 * and each recipient's package chosen from her field's catalogue within the entitlement, delivered item
 * by item at the handover. Domain only: the arithmetic and its refusals.
 */
package id.berdaya.domain.wrse.goods;
