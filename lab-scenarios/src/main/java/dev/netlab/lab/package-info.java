/**
 * The {@code netlab} program's entry point ({@link dev.netlab.lab.Main}), which hands the command
 * line to {@code lab.cli}. The named scenarios live in {@code lab.scenarios}, a run's assembly and
 * results directory in {@code lab.run}; nothing here measures or draws by itself.
 */
package dev.netlab.lab;
