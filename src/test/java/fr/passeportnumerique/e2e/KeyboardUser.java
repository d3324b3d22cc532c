package fr.passeportnumerique.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * A person who uses the keyboard alone: Tab, Shift+Tab, Enter, Space, arrow keys and typing. After every key, the
 * element that has the focus must be visibly marked (an outline, or Vaadin's focus ring), and the focus must never
 * fall back to the page's body. The page is only read, never clicked.
 */
final class KeyboardUser {

    /** The focused element, inside shadow roots too. */
    private static final String FOCUSED = "let focused = document.activeElement;"
            + " while (focused && focused.shadowRoot && focused.shadowRoot.activeElement) {"
            + " focused = focused.shadowRoot.activeElement; }";

    /**
     * Empty when the focus is on an element and visibly marked; otherwise what is wrong. The mark is the element's
     * own outline, or the focus ring Vaadin's components draw when their host has the {@code focus-ring} attribute.
     */
    private static final String FOCUS_PROBLEM = "() => { " + FOCUSED
            + " if (!focused || focused === document.body || focused === document.documentElement) {"
            + " return 'the focus is lost to <body>'; }"
            + " const outlined = (element) => { const style = getComputedStyle(element);"
            + " return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1; };"
            + " for (let node = focused; node && node !== document.body; ) {"
            + " if ((node === focused && outlined(node)) || node.hasAttribute('focus-ring')) { return ''; }"
            + " const root = node.getRootNode();"
            + " node = node.parentElement || (root instanceof ShadowRoot ? root.host : null); }"
            + " return 'no visible focus indicator on ' + focused.outerHTML.slice(0, 160); }";

    private static final String HAS_FOCUS = "(target) => { " + FOCUSED
            + " for (let node = focused; node; ) { if (node === target) { return true; }"
            + " const root = node.getRootNode();"
            + " node = node.parentElement || (root instanceof ShadowRoot ? root.host : null); }"
            + " return false; }";

    /** Whether the target comes after the focused element in the page (Tab reaches it), or before (Shift+Tab). */
    private static final String IS_AHEAD = "(target) => { " + FOCUSED
            + " if (!focused || focused === document.body) { return true; }"
            + " while (focused.getRootNode() instanceof ShadowRoot) { focused = focused.getRootNode().host; }"
            + " return !!(focused.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING); }";

    private static final int MOST_KEYS_TO_REACH = 200;

    private final Page page;
    private final List<String> knownDefectsMet = new ArrayList<>();

    KeyboardUser(Page page) {
        this.page = page;
    }

    /** Tab or Shift+Tab, one key at a time, until the target (or an element inside it) has the focus. */
    void reach(Locator target) {
        target.first().waitFor();
        if (hasFocus(target)) {
            return;
        }
        String key = isAhead(target) ? "Tab" : "Shift+Tab";
        for (int pressed = 0; pressed < MOST_KEYS_TO_REACH; pressed++) {
            press(key);
            if (hasFocus(target)) {
                return;
            }
        }
        throw new AssertionError(MOST_KEYS_TO_REACH + " presses of " + key + " never reached " + target);
    }

    /** Presses a key, lets the server answer, and checks the focus. */
    void press(String key) {
        page.keyboard().press(key);
        settle();
        assertFocusVisible(key);
    }

    /**
     * Presses a key where a known defect, being fixed elsewhere, loses the focus; the loss is noted instead of
     * failing, and the focus is put back on {@code resumeAt} as the fix will, so that the journey goes on.
     */
    void pressDespiteKnownDefect(String key, String defect, Locator resumeAt) {
        page.keyboard().press(key);
        settle();
        if (!focusProblem().isEmpty()) {
            knownDefectsMet.add(defect);
            resumeAt.first().waitFor();
            resumeAt.first().focus();
        }
        assertFocusVisible(key + " (" + defect + ")");
    }

    /** Types text into the focused field, key by key. */
    void type(String text) {
        page.keyboard().type(text);
        settle();
        assertFocusVisible("typing " + text);
    }

    /** The text of the label around the focused form control (a radio button or check box). */
    String focusedChoice() {
        return (String) page.evaluate("() => { " + FOCUSED
                + " const label = focused && focused.closest('label'); return label ? label.innerText.trim() : ''; }");
    }

    List<String> knownDefectsMet() {
        return List.copyOf(knownDefectsMet);
    }

    private void assertFocusVisible(String afterWhat) {
        assertThat(focusProblem()).as("focus after " + afterWhat).isEmpty();
    }

    private String focusProblem() {
        return (String) page.evaluate(FOCUS_PROBLEM);
    }

    boolean hasFocus(Locator target) {
        return target.count() > 0 && (Boolean) target.first().evaluate(HAS_FOCUS);
    }

    private boolean isAhead(Locator target) {
        return (Boolean) target.first().evaluate(IS_AHEAD);
    }

    /** Until the server has answered what the key set off, and the page's scripts have run after it. */
    private void settle() {
        BrowserTest.waitForServer(page);
        page.evaluate("() => new Promise(done => setTimeout(done, 50))");
    }
}
