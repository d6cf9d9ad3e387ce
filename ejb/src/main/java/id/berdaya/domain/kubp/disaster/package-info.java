/**
 * Disasters declared for an area (districts, or villages in them) and the relief they bring: a
 * moratorium on the installments of every loan in repayment of a group domiciled there. Domain
 * layer: the aggregate and its repository port.
 */
package id.berdaya.domain.kubp.disaster;
