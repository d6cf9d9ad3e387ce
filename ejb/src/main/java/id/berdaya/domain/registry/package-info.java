/**
 * Registry extracts (DTSEN, DTKS, P3KE, REGSOSEK listings and PKH, KUBE, BPNT, … recipient lists):
 * their file format and the per-row checks, as pure Java with no container.
 */
package id.berdaya.domain.registry;
