package vn.hungyen.snv.webui.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Failed logins of one user name or client address in the current window. */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle extends PanacheEntityBase {
    @Id
    @Column(name = "throttle_key")
    public String key;
    public int failures;
    @Column(name = "window_start")
    public Instant windowStart;
}
