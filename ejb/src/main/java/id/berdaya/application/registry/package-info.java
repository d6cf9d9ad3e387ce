/** Use cases of registry extracts and targeting runs: upload, progress, stop/restart, lists. */
package id.berdaya.application.registry;
