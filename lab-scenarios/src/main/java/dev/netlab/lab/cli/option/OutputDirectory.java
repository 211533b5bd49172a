package dev.netlab.lab.cli.option;

import dev.netlab.lab.cli.console.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where a run or sweep writes its results: a directory that is new or empty, so netlab never
 * overwrites or mixes results a student may already have handed in.
 */
public final class OutputDirectory {

    private OutputDirectory() {
    }

    /**
     * Creates {@code dir} if needed and checks it holds nothing yet.
     *
     * @param flag the option that named it, for the message
     * @return the directory, now existing and empty
     * @throws BadInputException if it is a file, already holds files, or cannot be created
     */
    public static Path fresh(Path dir, String flag) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException(flag + " " + dir + " is a file, not a directory; give a new directory");
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new BadInputException(flag + " " + dir + " already holds files; netlab never overwrites"
                            + " results: choose a new directory or remove that one");
                }
            } catch (IOException e) {
                throw new BadInputException(flag + " " + dir + ": cannot be read (" + e.getMessage() + ")");
            }
            return dir;
        }
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BadInputException(flag + " " + dir + ": cannot create it (" + reason(e) + ")");
        }
    }

    private static String reason(IOException e) {
        String name = e.getClass().getSimpleName();
        return switch (name) {
            case "AccessDeniedException" -> "permission denied";
            case "FileSystemException", "NoSuchFileException" -> "the file system refused: " + e.getMessage();
            default -> e.getMessage() == null ? name : e.getMessage();
        };
    }
}
