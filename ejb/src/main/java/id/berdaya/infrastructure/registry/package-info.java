/**
 * Registry imports and targeting runs as Jakarta Batch (JBeret) chunk jobs over plain JDBC: staged
 * files, readers with checkpoints, idempotent writers, and the adapter to the WRSE rule engine.
 */
package id.berdaya.infrastructure.registry;
