/**
 * Option groups shared by several subcommands (proxy, run, server, client), the impairment flags
 * generated from the impairment registry, value converters and scenario lookup. Options turn text
 * into typed values or a {@link dev.netlab.lab.cli.console.BadInputException} naming the flag;
 * they never open sockets or print.
 */
package dev.netlab.lab.cli.option;
