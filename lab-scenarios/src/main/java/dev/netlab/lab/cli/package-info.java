/**
 * The {@code netlab} command line's entry: {@link dev.netlab.lab.cli.Netlab} builds the picocli
 * command tree from {@link dev.netlab.lab.cli.NetlabCommand} and maps errors to exit codes and one
 * line of text. The subcommands live in {@code command}, their option groups in {@code option},
 * and what they print in {@code console}; nothing here measures or draws anything itself.
 */
package dev.netlab.lab.cli;
