/**
 * The domain layer: entities, value objects, repository interfaces and domain services.
 * It may depend on nothing but the JDK, JPA annotations and the fact types of the rules module;
 * aggregates guard their own invariants and move through their states by their own methods.
 */
package id.berdaya.domain;
