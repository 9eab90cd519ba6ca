package com.hpgdesk.lab.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Receives one uploaded file into memory, but never more than the limit. The browser's size check is only a
 * courtesy: a request can claim any size and send any amount, so the server reads at most one byte past the
 * limit and refuses the file there, instead of buffering the whole body first.
 */
final class BoundedUpload implements UploadHandler {

    /** What to do with a file that fits. Runs without the session lock. */
    interface Received {
        void accept(byte[] bytes, @Nullable String fileName);
    }

    /** Told why a file was refused. Runs without the session lock. */
    interface Refused {
        void accept(String message);
    }

    private final int maxBytes;
    private final Received received;
    private final Refused refused;

    BoundedUpload(int maxBytes, Received received, Refused refused) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.refused = refused;
    }

    static String tooLarge(int maxBytes) {
        return "This file is larger than " + maxBytes / (1024 * 1024) + " MB, the most one import takes. "
                + "Export a shorter period from the lab system and import it in parts.";
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        byte[] bytes = event.getFileSize() > maxBytes ? null : readAtMost(event.getInputStream(), maxBytes);
        if (bytes == null) {
            event.reject(tooLarge(maxBytes));
            refused.accept(tooLarge(maxBytes));
            return;
        }
        received.accept(bytes, event.getFileName());
    }

    /** The whole stream when it holds at most {@code maxBytes}; otherwise null, having read only one byte more. */
    static byte @Nullable [] readAtMost(InputStream in, int maxBytes) throws IOException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        return bytes.length > maxBytes ? null : bytes;
    }

}
