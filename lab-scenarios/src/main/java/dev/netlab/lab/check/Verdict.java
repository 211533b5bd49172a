package dev.netlab.lab.check;

import dev.netlab.core.units.Durations;
import java.time.Duration;
import java.util.List;

/**
 * Whether a case passed and, if not, the one reason a student should look at first. The order in
 * which {@link CaseRunner} decides: the programs could not run, the time limit, a program's
 * non-zero exit, then what the receiver wrote.
 */
public sealed interface Verdict {

    /** Whether the case passed. */
    default boolean passed() {
        return this instanceof Passed;
    }

    /** A short word for machines: {@code pass}, {@code time-limit}, {@code exit}, {@code mismatch}, ... */
    String kind();

    /** One sentence for people. */
    String reason();

    /** The receiver wrote exactly the input. */
    record Passed() implements Verdict {
        public String kind() {
            return "pass";
        }

        public String reason() {
            return "the output is identical to the input";
        }
    }

    /** A program was still running at the time limit; both were killed. */
    record TimeLimit(Duration limit, List<String> stillRunning, String output) implements Verdict {
        public String kind() {
            return "time-limit";
        }

        public String reason() {
            return "time limit " + Durations.format(limit) + ": the " + String.join(" and the ", stillRunning)
                    + (stillRunning.size() == 1 ? " was" : " were") + " still running and killed (" + output + ")";
        }
    }

    /** A program exited with a code other than 0. */
    record NonZeroExit(String program, int code, String lastErrorLine) implements Verdict {
        public String kind() {
            return "exit";
        }

        public String reason() {
            return "the " + program + " exited with code " + code
                    + (lastErrorLine.isEmpty() ? " and wrote nothing to stderr" : ": " + lastErrorLine);
        }
    }

    /** The output differs from the input at a byte. */
    record Mismatch(long firstDifferentByte, long outputBytes, long inputBytes) implements Verdict {
        public String kind() {
            return "mismatch";
        }

        public String reason() {
            return "the output differs from the input at byte " + firstDifferentByte + " (counting from 0; "
                    + outputBytes + " of " + inputBytes + " bytes written)";
        }
    }

    /** The output is a correct start of the input, but shorter. */
    record Missing(long outputBytes, long inputBytes) implements Verdict {
        public String kind() {
            return "missing";
        }

        public String reason() {
            return "missing bytes: the output has " + outputBytes + " of " + inputBytes + " bytes, correct so far; "
                    + (inputBytes - outputBytes) + " never arrived";
        }
    }

    /** The output is the input followed by more. */
    record Extra(long outputBytes, long inputBytes) implements Verdict {
        public String kind() {
            return "extra";
        }

        public String reason() {
            return "extra bytes: the output is the input followed by " + (outputBytes - inputBytes)
                    + " more (a duplicate written twice?)";
        }
    }

    /** The receiver wrote no file. */
    record NoOutput() implements Verdict {
        public String kind() {
            return "no-output";
        }

        public String reason() {
            return "the receiver wrote no output file";
        }
    }

    /** The case could not be run as asked: the receiver never opened its port, or died at once. */
    record NotReady(String why) implements Verdict {
        public String kind() {
            return "not-ready";
        }

        public String reason() {
            return why;
        }
    }

    /** The case has targeted rules and this build cannot apply them; reported, never passed. */
    record NeedsRules(List<String> rules) implements Verdict {
        public String kind() {
            return "needs-rules";
        }

        public String reason() {
            return "not run: this build of netlab cannot apply the case's rules (" + String.join("; ", rules) + ")";
        }
    }

    /** Stopped by Ctrl-C before the case finished. */
    record Interrupted() implements Verdict {
        public String kind() {
            return "interrupted";
        }

        public String reason() {
            return "stopped by Ctrl-C before the case finished";
        }
    }
}
