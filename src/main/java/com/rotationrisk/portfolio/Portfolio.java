package com.rotationrisk.portfolio;

import com.rotationrisk.risk.engine.OverallGrade;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "portfolio")
class Portfolio {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long ownerId;
    private String clientName;
    private String baseCurrency;
    private String notes;
    private Instant createdAt;
    private Instant updatedAt;
    private long updatedBy;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private OverallGrade.Grade lastGrade;
    private LocalDate lastGradedAsOf;
    private Instant deletedAt;
    private Long deletedBy;
    private Instant purgedAt;
    private boolean viewersMayCopy;
    private Long copiedFromId;

    /** Optimistic lock: a save based on an older version is refused, never silently lost. */
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "holding", joinColumns = @JoinColumn(name = "portfolio_id"))
    @OrderColumn(name = "position")
    private List<HoldingRow> holdings = new ArrayList<>();

    protected Portfolio() {
    }

    Portfolio(long ownerId, PortfolioDraft draft) {
        this.ownerId = ownerId;
        this.createdAt = Instant.now();
        apply(draft, ownerId);
    }

    void apply(PortfolioDraft draft, long userId) {
        clientName = draft.clientName();
        baseCurrency = draft.baseCurrency();
        notes = draft.notes();
        holdings.clear();
        draft.holdings().forEach(h -> holdings.add(new HoldingRow(h)));
        updatedAt = Instant.now();
        updatedBy = userId;
    }

    void grade(OverallGrade.Grade grade, LocalDate asOf) {
        this.lastGrade = grade;
        this.lastGradedAsOf = asOf;
    }

    /** Hidden from everyone; restorable by an administrator until purged. */
    void markDeleted(long by, Instant at) {
        deletedAt = at;
        deletedBy = by;
    }

    void restore() {
        deletedAt = null;
        deletedBy = null;
    }

    /** After the retention period: the holdings go, the row stays as the reference of its reports and audit trail. */
    void purge(Instant at) {
        holdings.clear();
        notes = null;
        purgedAt = at;
    }

    void copiedFrom(long sourceId) {
        copiedFromId = sourceId;
    }

    PortfolioDraft draft() {
        return new PortfolioDraft(clientName, baseCurrency, notes, holdings.stream().map(HoldingRow::toInput).toList());
    }

    Long getId() {
        return id;
    }

    long getOwnerId() {
        return ownerId;
    }

    String getClientName() {
        return clientName;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getUpdatedBy() {
        return updatedBy;
    }

    OverallGrade.Grade getLastGrade() {
        return lastGrade;
    }

    LocalDate getLastGradedAsOf() {
        return lastGradedAsOf;
    }

    Instant getDeletedAt() {
        return deletedAt;
    }

    Instant getPurgedAt() {
        return purgedAt;
    }

    Long getDeletedBy() {
        return deletedBy;
    }

    boolean viewersMayCopy() {
        return viewersMayCopy;
    }

    long getVersion() {
        return version;
    }

    int holdingCount() {
        return holdings.size();
    }
}
