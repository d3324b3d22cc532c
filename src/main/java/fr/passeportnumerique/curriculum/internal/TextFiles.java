package fr.passeportnumerique.curriculum.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads content text files strictly as UTF-8, without a byte order mark and with Unix line ends. */
final class TextFiles {

    private TextFiles() {}

    static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return normalise(text);
        } catch (CharacterCodingException e) {
            throw new NotUtf8Exception(file);
        }
    }

    static String normalise(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The file is not valid UTF-8 text. */
    static final class NotUtf8Exception extends IOException {
        NotUtf8Exception(Path file) {
            super(file + " is not UTF-8 text");
        }
    }
}
