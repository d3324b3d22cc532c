package fr.passeportnumerique.load;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An SMTP server in a process of its own that accepts every mail and prints it (Python's standard {@code smtpd}
 * debugging server), for application nodes that run outside the test's JVM: the test counts the mails by subject.
 */
final class PrintingSmtpServer implements AutoCloseable {

    private final Process process;
    private final Path output;
    private final int port;

    private PrintingSmtpServer(Process process, Path output, int port) {
        this.process = process;
        this.output = output;
        this.port = port;
    }

    static PrintingSmtpServer start(int port) throws Exception {
        Path output = Files.createDirectories(Path.of("target", "bench")).resolve("cluster-smtp.log");
        Process process = new ProcessBuilder(
                        "python3",
                        "-W",
                        "ignore",
                        "-u",
                        "-m",
                        "smtpd",
                        "-n",
                        "-c",
                        "DebuggingServer",
                        "127.0.0.1:" + port)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        for (int i = 0; i < 100; i++) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return new PrintingSmtpServer(process, output, port);
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("The SMTP server did not start on port " + port);
    }

    int port() {
        return port;
    }

    /** How many mails arrived with each subject starting with {@code prefix}. */
    Map<String, Long> subjectsStartingWith(String prefix) throws IOException {
        String header = "Subject: " + prefix;
        return Files.readAllLines(output).stream()
                .map(PrintingSmtpServer::printedText)
                .filter(line -> line.startsWith(header))
                .map(line -> line.substring("Subject: ".length()).strip())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** The server prints each line of a mail as Python bytes: {@code b'Subject: ...'}. */
    private static String printedText(String line) {
        return line.startsWith("b'") && line.endsWith("'") ? line.substring(2, line.length() - 1) : line;
    }

    @Override
    public void close() {
        process.destroy();
    }
}
