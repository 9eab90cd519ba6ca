/**
 * The marker tables filled in for one man: his labs, lifestyle weeks, treatment state and protocol phases
 * in, both tables with verdicts, evidence, gaps and the recovery status out. Every threshold and every row's
 * wiring is read from the versioned rules file in force ({@code assessment/rules-v2.json}); earlier versions
 * stay loadable by their version string ({@link com.hpgdesk.assessment.engine.RulesLibrary}). Plain Java: no Spring,
 * Vaadin or JPA here, so the same data and rules version always give the same result.
 */
@NullMarked
package com.hpgdesk.assessment.engine;

import org.jspecify.annotations.NullMarked;
