/** JPA repositories of the KUBP aggregates; the schema is the V5 migration's. */
package id.berdaya.infrastructure.persistence.kubp;
