/**
 * The application layer: one thin service per use case, the transaction and security boundary.
 * Services load aggregates through repositories, call the domain, store and log; they validate
 * their inputs with Bean Validation and never build HTML, JSON or PDFs.
 */
package id.berdaya.application;
