/**
 * One picocli class per subcommand ({@code run}, {@code proxy udp}, {@code sweep}, ...), each a
 * {@code Callable<Integer>} that reads its options, calls the simulator, reports or scenario code,
 * and prints through {@code console}. A command keeps only flags and printing: assembling proxies
 * belongs to {@code simulator.proxy}, drawing to {@code reports}.
 */
package dev.netlab.lab.cli.command;
