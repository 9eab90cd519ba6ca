package com.hpgdesk.assessment.curve;

/**
 * Where a published figure comes from, so that every expected line on the curve can answer "says who?".
 *
 * @param shortName how a chart or table names it, e.g. "Liu 2006"
 * @param reference the full reference in Vancouver style
 * @param doi the DOI, without the resolver's address
 */
public record Citation(String shortName, String reference, String doi) {

    /** The reference with its DOI, as printed under the chart. */
    public String full() {
        return reference + " doi:" + doi;
    }

    public String doiAddress() {
        return "https://doi.org/" + doi;
    }
}
