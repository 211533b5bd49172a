package dev.netlab.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvSinkTest {

    @Test
    void writesTheHeaderFirstAndEveryRowWholeFromManyThreads() throws InterruptedException {
        // Rows from eight threads: if a row could be split, some line would not be "t,i" with a known t.
        StringWriter out = new StringWriter();
        try (CsvSink sink = new CsvSink(out, "thread,i", "the test file")) {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int id = t;
                Thread thread = new Thread(() -> {
                    for (int i = 0; i < 1_000; i++) {
                        sink.row(id + "," + i);
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }
        List<String> lines = out.toString().lines().toList();
        assertEquals("thread,i", lines.get(0));
        assertEquals(8_001, lines.size());
        assertEquals(8_000, lines.stream().skip(1).filter(l -> l.matches("[0-7],\\d{1,3}")).count());
    }

    @Test
    void aFailedWriteNamesTheFile() {
        // The caller sees which file could not be written, not a bare IOException from somewhere.
        Writer broken = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> new CsvSink(broken, "a", "the ledger"));
        assertEquals("cannot write the ledger", e.getMessage());
    }
}
