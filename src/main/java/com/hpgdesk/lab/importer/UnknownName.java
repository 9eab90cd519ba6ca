package com.hpgdesk.lab.importer;

/**
 * A test name neither the catalogue nor the lab's remembered names know; its rows were rejected.
 *
 * @param labKey the lab the name belongs to (see {@link LabConventions#labKey}, {@link LabConventions#layoutLabKey})
 * @param lab the lab's name from the file, or a description of its header for a file without one
 * @param name the name as first written in the file
 * @param rows how many rows carry it
 */
public record UnknownName(String labKey, String lab, String name, int rows) {
}
