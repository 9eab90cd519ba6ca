package com.hpgdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void lineBreaksAndOtherControlCharactersBecomeVisibleEscapesOnOneLine() {
        String typed = "hCG\r\n2026-12-02 07:00:00.000  INFO Signed in: 'admin'\u0000\u001b[31m\t\u2028\u202e";
        String logged = LogText.of(typed);
        assertThat(logged).doesNotContain("\r", "\n", "\u0000", "\u001b", "\t", "\u2028", "\u202e")
                .isEqualTo("hCG\\r\\n2026-12-02 07:00:00.000  INFO Signed in: 'admin'\\u0000\\u001B[31m\\t\\u2028\\u202E");
    }

    @Test
    void namesInAnyScriptPassUnchanged() {
        assertThat(LogText.of("Łukasz Дмитрий 李雷 Zoë Ødegård")).isEqualTo("Łukasz Дмитрий 李雷 Zoë Ødegård");
        assertThat(LogText.of(null)).isEqualTo("(none)");
    }

    @Test
    void longTextIsCutAndSaysHowMuchWasLeftOut() {
        String logged = LogText.of("x".repeat(10_000));
        assertThat(logged).startsWith("x".repeat(LogText.MAX_LENGTH)).endsWith("…(" + (10_000 - LogText.MAX_LENGTH) + " more)");
    }
}
