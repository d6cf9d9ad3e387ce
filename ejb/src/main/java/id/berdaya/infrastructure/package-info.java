/**
 * The infrastructure layer: JPA repositories, database migrations, the rule-engine adapter and
 * demo data. It implements interfaces the domain declares; nothing in the domain depends on it.
 */
package id.berdaya.infrastructure;
