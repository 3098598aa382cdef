/**
 * Several nodes on one database and one shared inbox: work claimed by rows with a lease
 * ({@code work_claim}), and locks for work that runs on one node at a time.
 */
package tw.gov.quality.cluster;
