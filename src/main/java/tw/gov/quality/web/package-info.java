/**
 * What the pages and the API share: period parameters, ROC formatting, paging, problem details, error pages, OpenAPI.
 */
package tw.gov.quality.web;
