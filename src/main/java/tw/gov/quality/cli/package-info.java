/**
 * The command-line sub-commands, and the parsing of the command line before Spring starts.
 */
package tw.gov.quality.cli;
