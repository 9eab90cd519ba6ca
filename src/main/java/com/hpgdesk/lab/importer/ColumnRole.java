package com.hpgdesk.lab.importer;

import java.util.List;

/**
 * What a column of a lab file holds, with the header words labs and spreadsheets use for it in English,
 * German, French, Spanish and Italian, written as {@link Columns#fold folded}: lower case, no accents, no
 * spaces or punctuation ("Date de prélèvement" is {@code datedeprelevement}).
 */
public enum ColumnRole {
    DATE("date", true, "date", "collectiondate", "datecollected", "collected", "collectedon", "sampledate",
            "datesampled", "specimendate", "drawdate", "datedrawn", "samplingdate", "collectiondatetime",
            "datum", "entnahmedatum", "abnahmedatum", "probenahmedatum", "entnahme", "probenentnahme", "eingangsdatum",
            "datedeprelevement", "dateprelevement", "dateduprelevement", "datedeprelevementechantillon",
            "fecha", "fechademuestra", "fechadetoma", "fechadeextraccion", "fechadetomademuestra", "fechamuestra",
            "data", "dataprelievo", "datadelprelievo", "datadiprelievo", "dataprelevamento"),
    MARKER("marker (test, analyte)", true, "marker", "test", "testname", "analyte", "analytename", "name", "parameter",
            "investigation", "observation", "component", "testdescription", "description",
            "analyt", "untersuchung", "bezeichnung", "laborwert", "testbezeichnung",
            "analyse", "examen", "parametre", "libelle", "nomdelanalyse",
            "prueba", "analisis", "determinacion", "analito", "parametro", "nombredelaprueba",
            "esame", "analita", "nomeesame", "descrizione"),
    CODE("code (LOINC)", true, "code", "loinc", "loinccode", "testcode", "analytecode", "loincnummer", "loinckode",
            "codeloinc", "codigoloinc", "codiceloinc"),
    VALUE("value (result)", true, "value", "result", "resultvalue", "numericresult",
            "wert", "ergebnis", "messwert", "befund",
            "resultat", "valeur", "resultado", "valor", "risultato", "valore"),
    UNIT("unit", true, "unit", "units", "resultunit", "uom", "einheit", "einheiten", "masseinheit",
            "unite", "unites", "unidad", "unidades", "unita", "unitadimisura"),
    RANGE("reference range", true, "referencerange", "refrange", "range", "reference", "normalrange",
            "referenceinterval", "referenzbereich", "normbereich", "normalbereich", "referenzwert", "referenzwerte",
            "normwert", "normwerte", "referenzintervall",
            "valeursdereference", "valeurdereference", "intervalledereference", "valeursnormales", "normes",
            "intervalodereferencia", "rangodereferencia", "valoresdereferencia", "valordereferencia",
            "intervallodiriferimento", "valoridiriferimento", "valorediriferimento", "rangediriferimento"),
    LOW("reference low", false, "low", "reflow", "referencelow", "lowerlimit", "rangelow", "lowerreferencelimit",
            "untergrenze", "limiteinferieure", "limiteinferior", "limiteinferiore"),
    HIGH("reference high", false, "high", "refhigh", "referencehigh", "upperlimit", "rangehigh", "upperreferencelimit",
            "obergrenze", "limitesuperieure", "limitesuperior", "limitesuperiore"),
    FLAG("lab's flag", true, "flag", "abnormalflag", "abnormal", "hl", "hilo", "interpretation", "resultflag",
            "kennzeichen", "markierung", "bewertung", "indicateur", "alerte", "indicador", "segnalazione"),
    METHOD("method", false, "method", "assay", "methode", "metodo"),
    RECORD("record number", false, "record", "recordnumber", "mrn", "patient", "patientid", "patientnumber",
            "medicalrecordnumber"),
    LAB("lab name", false, "lab", "laboratory", "labname", "performinglab", "performinglaboratory", "labor",
            "laborname", "laboratoire", "laboratorio");

    private final String label;
    private final boolean chosenByClinician;
    final List<String> headers;

    ColumnRole(String label, boolean chosenByClinician, String... headers) {
        this.label = label;
        this.chosenByClinician = chosenByClinician;
        this.headers = List.of(headers);
    }

    public String label() {
        return label;
    }

    /** The roles a clinician assigns when the header is not recognised; the others are only read from headers. */
    public boolean chosenByClinician() {
        return chosenByClinician;
    }
}
