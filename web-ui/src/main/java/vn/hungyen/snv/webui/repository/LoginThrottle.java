package vn.hungyen.snv.webui.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Failed sign-ins of one account from one client address, or of one client address, since they were last reset. */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle extends PanacheEntityBase {
    @Id
    @Column(name = "throttle_key")
    public String key;
    public int failures;
    /** The first failure counted. */
    @Column(name = "window_start")
    public Instant windowStart;
    @Column(name = "last_failure")
    public Instant lastFailure;
}
