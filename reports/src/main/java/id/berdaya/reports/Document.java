package id.berdaya.reports;

import id.berdaya.reports.letter.LetterIssue;
import id.berdaya.reports.letter.Letterhead;
import java.util.List;

/**
 * A printable document: its template, the letter identity it carries (number, date, verification
 * URL) and the rows of its detail band. The template reads everything else from the document itself
 * through the {@code DOC} parameter, so each document is one plain, typed Java value.
 */
public interface Document {

    /** Template name below {@code id/berdaya/reports/templates}, without ".jrxml". */
    String template();

    LetterIssue issue();

    /** The issuing office's letterhead: the PDF names the office as its author. */
    Letterhead letterhead();

    /** The rows of the detail band (read through the field {@code row}); empty when there are none. */
    List<?> rows();
}
