/**
 * Patient handouts: a printable PDF, personal to one man and in plain words, composed with Apache PDFBox from
 * his marker tables, labs, recovery curve, lifestyle and protocol. The words come from template sets under the
 * top-level {@code reports/handouts/<language>/} folder ({@link com.hpgdesk.handout.HandoutTemplates}, checked at
 * start-up); {@link com.hpgdesk.handout.HandoutComposer} turns his facts into a {@link com.hpgdesk.handout.HandoutDocument}
 * in plain Java and {@link com.hpgdesk.handout.HandoutPdf} lays it out as a tagged PDF/A-2 document.
 * {@link com.hpgdesk.handout.HandoutService} gathers the facts, stores every handout's exact bytes and audits
 * generating, viewing and downloading. {@code ui/} holds the patient page's Handouts tab.
 */
@NullMarked
package com.hpgdesk.handout;

import org.jspecify.annotations.NullMarked;
