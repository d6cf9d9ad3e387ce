/**
 * The printed documents' data: each service fills a document record of the reports module from the
 * stored records and issues it in the letter register. Rendering to PDF is the interfaces' job.
 */
package id.berdaya.application.reports;
