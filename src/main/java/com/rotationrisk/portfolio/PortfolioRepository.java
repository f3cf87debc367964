package com.rotationrisk.portfolio;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PortfolioRepository extends JpaRepository<Portfolio, Long> {

    /** A portfolio that has not been deleted; a deleted one is, to everyone but an administrator, gone. */
    Optional<Portfolio> findByIdAndDeletedAtIsNull(long id);

    /** A portfolio that has not been deleted; an unknown or deleted one is refused like one the caller may not see. */
    default Portfolio require(long id) {
        return findByIdAndDeletedAtIsNull(id).orElseThrow(() -> new AccessDeniedException("No such portfolio"));
    }

    List<Portfolio> findByOwnerIdAndDeletedAtIsNullOrderByUpdatedAtDesc(long ownerId);

    List<Portfolio> findByIdInAndDeletedAtIsNullOrderByUpdatedAtDesc(Collection<Long> ids);

    List<Portfolio> findByDeletedAtIsNotNullAndPurgedAtIsNullOrderByDeletedAtDesc();

    List<Portfolio> findByDeletedAtIsNullOrderByUpdatedAtDesc();

    List<Portfolio> findByDeletedAtBeforeAndPurgedAtIsNull(Instant before);

    // Who owns it and whether viewers may copy it are not the content an editor has open: changing them must not
    // turn that editor's next save into a conflict, so these leave the version alone.
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Portfolio p set p.ownerId = :newOwnerId where p.id = :id")
    void changeOwner(long id, long newOwnerId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Portfolio p set p.viewersMayCopy = :allowed where p.id = :id")
    void allowViewerCopies(long id, boolean allowed);
}
