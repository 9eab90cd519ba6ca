package com.hpgdesk.protocol;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One drug of a protocol, with the days it is taken. Changed only through its {@link RestartProtocol}. */
@Entity
@Table(name = "protocol_medication")
public class Medication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "protocol_id", nullable = false)
    private @Nullable RestartProtocol protocol;

    @Embedded
    private Dosing dosing;

    @Column(name = "start_on", nullable = false)
    private LocalDate startOn;

    @Column(name = "end_on")
    private @Nullable LocalDate endOn;

    protected Medication() {
        // for JPA
        this.dosing = new Dosing();
        this.startOn = LocalDate.EPOCH;
    }

    Medication(RestartProtocol protocol, Dosing dosing, LocalDate startOn, @Nullable LocalDate endOn) {
        this.protocol = protocol;
        this.dosing = dosing;
        this.startOn = startOn;
        this.endOn = endOn;
    }

    public @Nullable Long getId() {
        return id;
    }

    public Dosing getDosing() {
        return dosing;
    }

    public LocalDate getStartOn() {
        return startOn;
    }

    /** Null while it runs until the protocol ends. */
    public @Nullable LocalDate getEndOn() {
        return endOn;
    }

    void change(Dosing dosing, LocalDate startOn, @Nullable LocalDate endOn) {
        this.dosing = dosing;
        this.startOn = startOn;
        this.endOn = endOn;
    }

    /** When the protocol ends, medications still running end with it. */
    void endBy(LocalDate protocolEnd) {
        if (!startOn.isAfter(protocolEnd) && (endOn == null || endOn.isAfter(protocolEnd))) {
            endOn = protocolEnd;
        }
    }
}
