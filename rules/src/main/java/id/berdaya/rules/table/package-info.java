/**
 * Programme parameters as a spreadsheet: the parameter table ({@code parameters.csv}) of a rule set
 * is a Drools decision table with one row per parameter, checked here so that a wrong column or a
 * malformed value is reported by its line, column and heading before Drools compiles it.
 */
package id.berdaya.rules.table;
