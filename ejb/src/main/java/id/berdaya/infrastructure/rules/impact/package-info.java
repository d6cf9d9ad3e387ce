/**
 * Where the impact of a draft rule set is measured: read-only views of the stored WRSE applications
 * (their decisions' input snapshots) and KUBP loans (rebuilt as the requests the terms judged).
 */
package id.berdaya.infrastructure.rules.impact;
