package com.rotationrisk.watch;

import com.rotationrisk.audit.AuditAction;
import com.rotationrisk.audit.AuditTrail;
import com.rotationrisk.security.CurrentUser;
import com.rotationrisk.security.SignedInUser;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's own choice of alert e-mail: whether, how often and to which address. Nobody sets it for another. */
@Service
@PreAuthorize("isAuthenticated()")
public class AlertDelivery {

    public static final int MAX_EMAIL = 254;

    /** The choice as stored; {@code email} is null when none was given. */
    public record Choice(DeliveryMode mode, String email) {
    }

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    AlertDelivery(JdbcTemplate jdbc, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Choice mine() {
        SignedInUser me = currentUser.require();
        List<Choice> found = jdbc.query("select mode, email from alert_delivery where user_id = ?",
                (rs, n) -> new Choice(DeliveryMode.valueOf(rs.getString(1)), rs.getString(2)), me.id());
        return found.isEmpty() ? new Choice(DeliveryMode.NONE, null) : found.getFirst();
    }

    /** Saves the caller's choice; an address is required for e-mail and must be one, or nothing is saved. */
    @Transactional
    public Choice save(DeliveryMode mode, String email) {
        SignedInUser me = currentUser.require();
        String address = email == null || email.isBlank() ? null : email.strip();
        Map<String, String> problems = new LinkedHashMap<>();
        if (mode == null) {
            problems.put("mode", "Choose how you want to receive alerts.");
        }
        if (address != null && address.length() > MAX_EMAIL) {
            problems.put("email", "At most " + MAX_EMAIL + " characters.");
        } else if (address != null && !valid(address)) {
            problems.put("email", "This is not an e-mail address (name@example.com).");
        } else if (address == null && mode != null && mode != DeliveryMode.NONE) {
            problems.put("email", "Enter the address the alerts should go to.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidAlertSettingsException(problems);
        }
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("update alert_delivery set mode = ?, email = ?, updated_at = ? where user_id = ?",
                mode.name(), address, now, me.id());
        if (updated == 0) {
            jdbc.update("insert into alert_delivery (user_id, mode, email, updated_at) values (?, ?, ?, ?)", me.id(),
                    mode.name(), address, now);
        }
        audit.record(AuditAction.ALERT_DELIVERY_CHANGED, me.auditActor(), null, mode.label());
        return new Choice(mode, address);
    }

    private static boolean valid(String address) {
        try {
            new InternetAddress(address, true).validate();
            return address.contains("@") && !address.contains(" ");
        } catch (AddressException e) {
            return false;
        }
    }
}
