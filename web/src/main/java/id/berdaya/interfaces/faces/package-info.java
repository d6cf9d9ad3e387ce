/**
 * Cross-cutting Faces behaviour that every page gets without asking: how dates and rupiah amounts are
 * typed, and messages that name a field by the label the user sees. Interfaces layer: no services here.
 */
package id.berdaya.interfaces.faces;
